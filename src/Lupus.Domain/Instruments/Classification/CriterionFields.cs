using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Instruments.Classification;

/// <summary>Boolean criterion fields declared from a criterion table, bound to the set of criteria documented as met.</summary>
/// <typeparam name="TCriterion">The instrument's criterion enum.</typeparam>
/// <remarks>
/// Classification records documented findings only (specification 0.1), so an omitted or <c>null</c> criterion
/// is taken as not met rather than as missing.
/// </remarks>
public sealed class CriterionFields<TCriterion>
    where TCriterion : struct, Enum
{
    private readonly (TCriterion Criterion, BoolField Field)[] _fields;

    /// <summary>Declares one boolean field per criterion, in table order.</summary>
    /// <param name="builder">The instrument's schema builder.</param>
    /// <param name="criteria">The criteria with their input keys.</param>
    public CriterionFields(SchemaBuilder builder, IEnumerable<(TCriterion Criterion, string Key)> criteria)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(criteria);
        _fields = criteria.Select(c => (c.Criterion, builder.Bool(c.Key))).ToArray();
    }

    /// <summary>The criteria recorded as <c>true</c>.</summary>
    public IReadOnlySet<TCriterion> Bind(InputRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var met = new HashSet<TCriterion>();
        foreach (var (criterion, field) in _fields)
        {
            if (record.Get(field) == true)
            {
                met.Add(criterion);
            }
        }

        return met;
    }
}
