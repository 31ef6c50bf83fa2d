namespace Lupus.Domain.Instruments.Sledai;

/// <summary>Per-descriptor states of one visit, with the warnings and notes produced while resolving them.</summary>
public sealed class SledaiResolution
{
    private readonly DescriptorState[] _states = new DescriptorState[SledaiDescriptors.Count];
    private List<string>? _warnings;
    private List<string>? _notes;

    public DescriptorState this[SledaiDescriptor descriptor]
    {
        get => _states[(int)descriptor];
        set => _states[(int)descriptor] = value;
    }

    public IReadOnlyList<string> Warnings => (IReadOnlyList<string>?)_warnings ?? [];

    public IReadOnlyList<string> Notes => (IReadOnlyList<string>?)_notes ?? [];

    internal void Warn(string warning) => (_warnings ??= []).Add(warning);

    internal void Note(string note) => (_notes ??= []).Add(note);

    /// <summary>Uses a value-derived result, warning when the direct flag says otherwise.</summary>
    internal void SetDerived(SledaiVisitInput input, SledaiDescriptor descriptor, bool present)
    {
        this[descriptor] = present ? DescriptorState.Present : DescriptorState.Absent;
        var direct = input.DirectValue(descriptor);
        if (direct is { } flag && flag != present)
        {
            var key = SledaiDescriptors.Get(descriptor).Key;
            Warn($"{key}: direct flag {(flag ? "true" : "false")} overridden by the value-derived result {(present ? "true" : "false")}");
        }
    }

    /// <summary>Uses the direct flag, or marks the descriptor missing.</summary>
    internal void SetDirect(SledaiVisitInput input, SledaiDescriptor descriptor) =>
        this[descriptor] = FromFlag(input.DirectValue(descriptor));

    internal static DescriptorState FromFlag(bool? flag) => flag switch
    {
        true => DescriptorState.Present,
        false => DescriptorState.Absent,
        null => DescriptorState.Missing,
    };
}
