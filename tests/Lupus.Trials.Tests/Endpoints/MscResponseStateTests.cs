using CsCheck;
using Lupus.Domain.Instruments.Bilag;
using Lupus.Domain.Instruments.Responders;
using Lupus.Trials.Endpoints;

namespace Lupus.Trials.Tests.Endpoints;

public sealed class MscResponseStateTests
{
    private static readonly Gen<string> Grades = Gen.Char["ABCDE"].Array[9].Select(c => new string(c));

    [Fact]
    public void Next_RandomGradeSequences_SameCategoriesAsTheInstrument()
    {
        Gen.Select(Grades, Grades.Array[1, 12]).Sample((baseline, followUps) =>
        {
            var state = new MscResponseState(Visit(baseline));
            var prior = PriorResponse.None;
            BilagGrades? reference = null;
            foreach (var letters in followUps)
            {
                var fast = state.Next(Visit(letters));
                var result = (MscResponseResult)MscBilagResponse.Instance.Evaluate(new MscResponseInput
                {
                    Baseline = BilagGrades.Parse(baseline),
                    Visit = BilagGrades.Parse(letters),
                    PriorResponse = prior,
                    ResponseVisit = reference,
                });
                Assert.Equal(result.Response, Name(fast));
                (prior, reference) = result.Response switch
                {
                    "mcr" => (PriorResponse.Mcr, BilagGrades.Parse(letters)),
                    "pcr" => (PriorResponse.Pcr, BilagGrades.Parse(letters)),
                    "relapse" => (PriorResponse.None, null),
                    _ => (prior, reference),
                };
            }
        });
    }

    [Fact]
    public void Next_IncompleteGrades_NotAssessableAndStateKept()
    {
        var state = new MscResponseState(Visit("EBEBEEEAE"));
        Assert.Equal(MscCategory.Mcr, state.Next(Visit("ECEDEEECE")));
        Assert.Equal(MscCategory.NotAssessable, state.Next(Visit("ECEDEEEA-")));
        Assert.Equal(MscCategory.Relapse, state.Next(Visit("ECEDEEEAE")));
    }

    private static CourseVisit Visit(string letters) => new() { Day = 1, Bilag = BilagGrades.Parse(letters) };

    private static string Name(MscCategory category) => category switch
    {
        MscCategory.Mcr => "mcr",
        MscCategory.Pcr => "pcr",
        MscCategory.Relapse => "relapse",
        MscCategory.NoResponse => "no_response",
        _ => "not_assessable",
    };
}
