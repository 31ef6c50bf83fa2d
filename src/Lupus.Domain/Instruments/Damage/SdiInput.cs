namespace Lupus.Domain.Instruments.Damage;

/// <summary>One SDI assessment: the recorded score of each item, in <see cref="SdiItems.All"/> order.</summary>
/// <param name="Scores">Item scores by table index; an omitted item is 0 (damage is recorded as present or not).</param>
/// <remarks>Scores are not yet checked against each item's allowed set; the instrument validates them.</remarks>
public sealed record SdiInput(IReadOnlyList<int> Scores)
{
    /// <summary>
    /// False when the form was not completed at all (no item given): a missing assessment, not a zero score.
    /// </summary>
    public bool Completed { get; init; } = true;

    /// <summary>An assessment with every item scored 0.</summary>
    public static SdiInput None { get; } = new(new int[SdiItems.All.Count]);

    /// <summary>The score of one item by key.</summary>
    public int this[string key] => Scores[IndexOf(key)];

    /// <summary>A copy with one item's score replaced.</summary>
    public SdiInput With(string key, int score)
    {
        var scores = Scores.ToArray();
        scores[IndexOf(key)] = score;
        return new SdiInput(scores);
    }

    private static int IndexOf(string key)
    {
        for (var i = 0; i < SdiItems.All.Count; i++)
        {
            if (string.Equals(SdiItems.All[i].Key, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new ArgumentException($"'{key}' is not an SDI item.", nameof(key));
    }
}
