using CsCheck;
using Lupus.Domain.Instruments.Core;
using Lupus.Domain.Instruments.Sledai;

namespace Lupus.Domain.Tests.Instruments.Sledai;

/// <summary>Invariants of SLEDAI totals over random visits.</summary>
public sealed class SledaiPropertyTests
{
    private static readonly Gen<bool?> Flag = Gen.Int[0, 2].Select(i => i switch { 0 => (bool?)false, 1 => true, _ => null });

    private static readonly Gen<SledaiVisitInput> Visit =
        Gen.Select(Flag.Array[SledaiDescriptors.Count], OrNull(Gen.Decimal[0m, 200m]), OrNull(Gen.Decimal[30m, 42m]), OrNull(Gen.Int[0, 30]), Gen.Bool)
            .Select((flags, platelets, temperature, joints, imputed) => new SledaiVisitInput
            {
                Direct = flags,
                Platelets10e9PerL = platelets,
                MaxTemperatureCelsius = temperature,
                ArthritisJointCount = joints,
                MissingPolicy = imputed ? MissingPolicy.MissingAsAbsent : MissingPolicy.Strict,
            });

    [Fact]
    public void Total_AlwaysBetween0And105() =>
        Visit.Sample(v =>
        {
            foreach (var instrument in new Instrument<SledaiVisitInput>[] { Sledai2k.Instance, SelenaSledai.Instance })
            {
                var r = (SledaiResult)instrument.Evaluate(v);
                if (r.PartialScore is < 0 or > 105 || r.TotalScore is < 0 or > 105 || r.ClinicalScore is < 0 or > 101)
                {
                    return false;
                }
            }

            return true;
        });

    [Fact]
    public void AddingPresentDescriptor_NeverLowersScore() =>
        Gen.Select(Visit, Gen.Int[0, SledaiDescriptors.Count - 1]).Sample((v, index) =>
        {
            var before = (SledaiResult)Sledai2k.Instance.Evaluate(v);
            var after = (SledaiResult)Sledai2k.Instance.Evaluate(v.With((SledaiDescriptor)index, true));
            return after.PartialScore >= before.PartialScore
                && (before.TotalScore is null || after.TotalScore is null || after.TotalScore >= before.TotalScore);
        });

    [Fact]
    public void Selena_NeverExceedsSledai2kOnSameVisitWithoutSelenaOnlyFields() =>
        Visit.Sample(v =>
        {
            var sledai = (SledaiResult)Sledai2k.Instance.Evaluate(v);
            var selena = (SledaiResult)SelenaSledai.Instance.Evaluate(v);
            return selena.PartialScore <= sledai.PartialScore;
        });

    private static Gen<T?> OrNull<T>(Gen<T> gen)
        where T : struct => Gen.Bool.SelectMany(present => present ? gen.Select(v => (T?)v) : Gen.Const((T?)null));
}
