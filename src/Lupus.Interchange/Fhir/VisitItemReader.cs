using Hl7.Fhir.Model;
using Lupus.Domain.Instruments.Sledai;

namespace Lupus.Interchange.Fhir;

/// <summary>A visit-item Observation -> one field (or one SLEDAI-2K descriptor) of the Encounter's visit.</summary>
internal static class VisitItemReader
{
    public static void Read(Observation observation, EntryContext context, ReadState state)
    {
        var target = state.References.Resolve(observation.Encounter, "Encounter", context, "encounter");
        if (target is null || !state.Visits.TryGetValue(target.Index, out var visit))
        {
            return; // the reference error, or the Encounter's own errors, are already reported
        }

        if (observation.Subject is not null && state.Subject(observation.Subject, context) is { } subject && subject != visit.Patient)
        {
            context.Fail("subject", $"subject {subject} differs from the encounter's patient {visit.Patient}");
            return;
        }

        if (FhirValues.Coding(observation.Code, FhirSystems.SledaiCodes) is { } descriptor)
        {
            Descriptor(observation, descriptor.Code ?? "", visit, context);
        }
        else if (observation.Code.Coding.Select(c => VisitItems.Find(c.System, c.Code)).FirstOrDefault(i => i is not null) is { } item)
        {
            Item(observation, item, visit, context);
        }
        else
        {
            context.Fail("code", "unknown visit item: expected a code of " + FhirSystems.SledaiCodes + ", " +
                FhirSystems.VisitItemCodes + " or a LOINC code listed in docs/fhir.md");
        }
    }

    private static void Descriptor(Observation observation, string code, VisitAccumulator visit, EntryContext context)
    {
        if (!SledaiDescriptors.All.Any(d => d.Key == code))
        {
            context.Fail("code", $"unknown SLEDAI-2K descriptor '{code}'");
        }
        else if (observation.Value is not FhirBoolean { Value: { } present })
        {
            context.Fail("value[x]", "missing required element: valueBoolean");
        }
        else if (present && !visit.AddDescriptor(code))
        {
            context.Fail("code", $"duplicate SLEDAI-2K descriptor '{code}' for this encounter");
        }
    }

    private static void Item(Observation observation, VisitItem item, VisitAccumulator visit, EntryContext context)
    {
        var value = Value(observation, item, context);
        if (value is null)
        {
            return;
        }

        if (value is not NoValue && !visit.Set(item.Field, value))
        {
            context.Fail("code", $"duplicate visit item '{item.Code}' for this encounter");
            return;
        }

        var range = observation.ReferenceRange.FirstOrDefault();
        Limit(range?.Low, item.LowerLimit, "referenceRange[0].low", item, visit, context);
        Limit(range?.High, item.UpperLimit, "referenceRange[0].high", item, visit, context);
    }

    /// <summary>The typed value, <see cref="NoValue"/> for a stated absence (dataAbsentReason), or null after an error.</summary>
    private static object? Value(Observation observation, VisitItem item, EntryContext context)
    {
        if (observation.Value is null && observation.DataAbsentReason is not null)
        {
            return NoValue.Instance;
        }

        return (item.Kind, observation.Value) switch
        {
            (VisitValueKind.Integer, Integer { Value: { } n }) => (decimal)n,
            (VisitValueKind.Boolean, FhirBoolean { Value: { } b }) => b,
            (VisitValueKind.Text, FhirString { Value: { } s }) => s,
            (VisitValueKind.Quantity, Quantity q) => QuantityValues.InUnits(q, "valueQuantity", context, item.Units, item.Display),
            (VisitValueKind.WholeQuantity, Quantity q) => Whole(QuantityValues.InUnits(q, "valueQuantity", context, item.Units, item.Display),
                context),
            (_, null) => Fail(context, "value[x]", $"missing required element: {Expected(item.Kind)} or a dataAbsentReason"),
            _ => Fail(context, "value[x]", $"value[x] must be {Expected(item.Kind)} for visit item '{item.Code}'"),
        };
    }

    private static object? Whole(decimal? value, EntryContext context) => value switch
    {
        null => null,
        { } v when v == decimal.Truncate(v) && v is >= int.MinValue and <= int.MaxValue => decimal.Truncate(v),
        { } v => Fail(context, "valueQuantity.value", $"'{v}' must be a whole number"),
    };

    private static void Limit(Quantity? limit, VisitField? field, string path, VisitItem item, VisitAccumulator visit, EntryContext context)
    {
        if (limit is null)
        {
            return;
        }

        if (field is null)
        {
            context.Fail(path, $"visit item '{item.Code}' carries no reference limit in this direction");
        }
        else if (QuantityValues.InUnits(limit, path, context, item.Units, item.Display) is { } value)
        {
            visit.Set(field.Value, value);
        }
    }

    private static string Expected(VisitValueKind kind) => kind switch
    {
        VisitValueKind.Integer => "valueInteger",
        VisitValueKind.Boolean => "valueBoolean",
        VisitValueKind.Text => "valueString",
        _ => "valueQuantity",
    };

    private static object? Fail(EntryContext context, string field, string rule)
    {
        context.Fail(field, rule);
        return null;
    }

    /// <summary>Marks an item whose value the source states is absent; only its reference limits are kept.</summary>
    private sealed class NoValue
    {
        public static readonly NoValue Instance = new();
    }
}
