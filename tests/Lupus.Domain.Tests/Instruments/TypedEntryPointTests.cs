using Lupus.Domain.Instruments.Bilag;
using Lupus.Domain.Instruments.Renal;
using Lupus.Domain.Instruments.Responders;
using Lupus.Domain.Instruments.Sledai;
using Lupus.Domain.Instruments.Targets;

namespace Lupus.Domain.Tests.Instruments;

/// <summary>
/// The allocation-free typed entry points decide exactly as <c>Evaluate</c>: random inputs (values near every
/// threshold, missing values, off-scale PGA and SLEDAI) through both, the invalid ones read as not assessable.
/// </summary>
public sealed class TypedEntryPointTests
{
    private const int Cases = 5000;

    [Fact]
    public void RenalResponseClassify_RandomPairs_SameAsEvaluate()
    {
        var random = new Random(11);
        for (var i = 0; i < Cases; i++)
        {
            var definition = random.Next(2) == 0 ? RenalDefinition.EularEraEdta2019 : RenalDefinition.Kdigo2021;
            var unit = (ProteinuriaUnit)random.Next(3);
            var scale = unit == ProteinuriaUnit.UpcrMilligramsPerMillimole ? 100m : 1m;
            decimal? baseline = Maybe(random, () => Pick(random, 0m, 0.4m, 1m, 3m, 3.4m, 6m) * scale);
            decimal? followup = Maybe(random, () => Pick(random, 0m, 0.49m, 0.5m, 0.7m, 1.5m, 2.9m, 3m, 3.5m) * scale);
            decimal? baselineEgfr = Maybe(random, () => Pick(random, 40m, 80m, 100m));
            decimal? followupEgfr = Maybe(random, () => Pick(random, 34m, 68m, 81m, 85m, 100m));
            var input = new RenalResponseInput
            {
                Definition = definition,
                Proteinuria = [new ProteinuriaPair(unit, baseline, followup)],
                BaselineEgfrMlMin173m2 = baselineEgfr,
                FollowupEgfrMlMin173m2 = followupEgfr,
            };
            var expected = Assert.IsType<RenalResponseResult>(RenalResponse.Instance.Evaluate(input)).Response;

            var actual = RenalResponse.Classify(definition, unit, baseline, followup, baselineEgfr, followupEgfr);

            Assert.True(expected == actual, $"case {i}: {input} expected {expected}, got {actual}");
        }
    }

    [Fact]
    public void Sri4IsResponder_RandomVisits_SameAsEvaluate()
    {
        var random = new Random(12);
        for (var i = 0; i < Cases; i++)
        {
            var visits = new VisitComparison
            {
                SledaiBaseline = Maybe(random, () => Pick(random, -1, 0, 4, 8, 12, 106)),
                SledaiFollowup = Maybe(random, () => Pick(random, 0, 4, 8, 9)),
                BilagBaseline = Grades(random),
                BilagFollowup = Grades(random),
                PgaBaseline = Maybe(random, () => Pick(random, -0.1m, 0m, 1m, 2.7m)),
                PgaFollowup = Maybe(random, () => Pick(random, 0.2m, 0.3m, 1.3m, 3m, 3.1m)),
                TreatmentFailure = random.Next(5) == 0,
            };
            var result = Sri4.Instance.Evaluate(new Sri4Input { Visits = visits });
            var expected = (result as Sri4Result)?.Responder;

            var actual = Sri4.IsResponder(
                visits.SledaiBaseline, visits.SledaiFollowup, visits.BilagBaseline, visits.BilagFollowup, visits.PgaBaseline, visits.PgaFollowup,
                visits.TreatmentFailure);

            Assert.True(expected == actual, $"case {i}: expected {expected}, got {actual}");
        }
    }

    [Fact]
    public void LldasIsMet_RandomVisits_SameAsEvaluate()
    {
        var random = new Random(13);
        for (var i = 0; i < Cases; i++)
        {
            var input = new LldasInput
            {
                Sledai2kItemsPresent = Maybe(random, () => Items(random)),
                HemolyticAnemia = MaybeBool(random),
                GastrointestinalActivity = MaybeBool(random),
                NewActivitySincePrevious = MaybeBool(random),
                Pga = Maybe(random, () => Pick(random, -0.5m, 0m, 1m, 1.01m, 3.5m)),
                PrednisoneEquivalentMgPerDay = Maybe(random, () => Pick(random, 0m, 7.5m, 7.6m)),
                ImmunosuppressantsStandardMaintenanceTolerated = MaybeBool(random),
                OnInvestigationalDrug = MaybeBool(random),
            };
            var expected = (Lldas.Instance.Evaluate(input) as LldasResult)?.Lldas;

            var actual = Lldas.IsMet(
                input.Sledai2kItemsPresent, input.HemolyticAnemia, input.GastrointestinalActivity, input.NewActivitySincePrevious, input.Pga,
                input.PrednisoneEquivalentMgPerDay, input.ImmunosuppressantsStandardMaintenanceTolerated, input.OnInvestigationalDrug);

            Assert.True(expected == actual, $"case {i}: {input} expected {expected}, got {actual}");
        }
    }

    [Fact]
    public void DorisIsRemission_RandomVisits_SameAsEvaluate()
    {
        var random = new Random(14);
        for (var i = 0; i < Cases; i++)
        {
            var input = new DorisInput
            {
                Sledai2kItemsPresent = Maybe(random, () => Items(random)),
                Pga = Maybe(random, () => Pick(random, -0.5m, 0m, 0.49m, 0.5m, 3.5m)),
                PrednisoneEquivalentMgPerDay = Maybe(random, () => Pick(random, 0m, 5m, 5.1m)),
                StableMaintenanceTherapy = MaybeBool(random),
            };
            var expected = (Doris2021.Instance.Evaluate(input) as DorisResult)?.Remission;

            var actual = Doris2021.IsRemission(input.Sledai2kItemsPresent, input.Pga, input.PrednisoneEquivalentMgPerDay, input.StableMaintenanceTherapy);

            Assert.True(expected == actual, $"case {i}: {input} expected {expected}, got {actual}");
        }
    }

    private static T Pick<T>(Random random, params T[] values) => values[random.Next(values.Length)];

    private static T? Maybe<T>(Random random, Func<T> value)
        where T : struct => random.Next(6) == 0 ? null : value();

    private static IReadOnlyList<SledaiDescriptor>? Maybe(Random random, Func<IReadOnlyList<SledaiDescriptor>> value) =>
        random.Next(6) == 0 ? null : value();

    private static bool? MaybeBool(Random random) => random.Next(3) switch { 0 => null, 1 => true, _ => false };

    // Few descriptors, sometimes repeated (a repeat scores once), serological ones often.
    private static SledaiDescriptor[] Items(Random random)
    {
        var count = random.Next(4);
        var items = new SledaiDescriptor[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = random.Next(2) == 0
                ? Pick(random, SledaiDescriptor.LowComplement, SledaiDescriptor.IncreasedDnaBinding, SledaiDescriptor.Fever)
                : (SledaiDescriptor)random.Next(SledaiDescriptors.Count);
        }

        return items;
    }

    private static BilagGrades Grades(Random random)
    {
        var grades = new BilagGrade?[9];
        for (var d = 0; d < grades.Length; d++)
        {
            grades[d] = random.Next(20) == 0 ? null : Pick(random, BilagGrade.A, BilagGrade.B, BilagGrade.C, BilagGrade.D, BilagGrade.D, BilagGrade.E);
        }

        return new BilagGrades(grades);
    }
}
