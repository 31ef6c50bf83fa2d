using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Instruments.Classification;

/// <summary>Scores per domain, in the order the specification lists the domain keys.</summary>
/// <param name="Scores">Domain key and score, in specification order.</param>
public sealed record DomainScores(IReadOnlyList<KeyValuePair<string, int>> Scores)
{
    /// <summary>Output key of the nested object.</summary>
    public const string Key = "domain_scores";

    /// <summary>Score of one domain by key.</summary>
    public int this[string domain] => Scores.First(s => string.Equals(s.Key, domain, StringComparison.Ordinal)).Value;

    /// <summary>Sum over all domains.</summary>
    public int Total => Scores.Sum(s => s.Value);

    /// <summary>Scalar output keys of the nested object (<c>domain_scores.key</c>).</summary>
    public static IEnumerable<string> ScalarKeys(IEnumerable<string> domainKeys) => domainKeys.Select(k => Key + "." + k);

    /// <summary>Writes the scores as the nested <c>domain_scores</c> object.</summary>
    public void Write(IResultWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.BeginObject(Key);
        foreach (var (domain, score) in Scores)
        {
            writer.WholeNumber(domain, score);
        }

        writer.EndObject();
    }
}
