using Lupus.Domain.Instruments.Sledai;

namespace Lupus.Domain.Tests.Instruments.Sledai;

/// <summary>Visit inputs for SLEDAI tests: every descriptor assessed absent unless a test changes it.</summary>
internal static class SledaiInputs
{
    public static SledaiVisitInput AllAbsent() => new() { Direct = Flags(_ => false) };

    public static SledaiVisitInput NothingAssessed() => new() { Direct = Flags(_ => null) };

    public static SledaiVisitInput With(this SledaiVisitInput input, SledaiDescriptor descriptor, bool? value)
    {
        var direct = input.Direct.ToArray();
        direct[(int)descriptor] = value;
        return input with { Direct = direct };
    }

    public static bool?[] Flags(Func<SledaiDescriptor, bool?> value) =>
        Enum.GetValues<SledaiDescriptor>().Select(value).ToArray();
}
