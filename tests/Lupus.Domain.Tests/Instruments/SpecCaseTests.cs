using Lupus.Domain.Instruments;
using Lupus.Domain.Instruments.Core;
using Lupus.Domain.Tests.Support;

namespace Lupus.Domain.Tests.Instruments;

/// <summary>Every worked case of the specification, through the library.</summary>
public sealed class SpecCaseTests
{
    public static TheoryData<string> AllCases => InstrumentCase.Ids();

    [Theory]
    [MemberData(nameof(AllCases))]
    public void WorkedCase_MatchesExpectedOutputs(string id)
    {
        var @case = InstrumentCase.Get(id);
        Assert.True(InstrumentCatalog.TryGet(@case.Instrument, out var instrument), $"instrument {@case.Instrument} is not implemented");
        var errors = new List<InputError>();
        var record = InputReader.FromJson(@case.Input, instrument.Schema, errors);
        var result = errors.Count > 0 ? new InvalidResult(instrument.Info, errors) : instrument.Evaluate(record);

        var differences = CaseComparer.Differences(@case.Expected, ResultJson.Of(result));

        Assert.True(differences.Count == 0, $"{id} ({@case.Reason}): {string.Join("; ", differences)}");
    }

    [Fact]
    public void CaseFile_CoversEveryCatalogInstrument()
    {
        var inCases = InstrumentCase.Cases.Select(c => c.Instrument).ToHashSet();
        var missing = inCases.Where(name => !InstrumentCatalog.TryGet(name, out _)).ToList();

        Assert.Empty(missing);
    }
}
