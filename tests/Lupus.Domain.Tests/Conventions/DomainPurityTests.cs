using System.Reflection;
using Lupus.Domain.Instruments;

namespace Lupus.Domain.Tests.Conventions;

/// <summary>The clinical library stays pure: no I/O, clock, persistence or web dependency.</summary>
public sealed class DomainPurityTests
{
    private static readonly Assembly Domain = typeof(InstrumentCatalog).Assembly;

    [Fact]
    public void Domain_ReferencesOnlyBaseLibrariesAndNodaTime()
    {
        var allowed = new[] { "System.", "Microsoft.Win32.Primitives", "NodaTime" };
        var references = Domain.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n != "System" && n != "netstandard");

        var unexpected = references.Where(n => !allowed.Any(a => n.StartsWith(a, StringComparison.Ordinal))).ToList();

        Assert.Empty(unexpected);
    }

    [Fact]
    public void Domain_DoesNotTouchFilesConsoleOrClock()
    {
        var forbidden = new[] { "System.IO.File", "System.Console", "System.DateTime", "System.Net." };
        var referencedTypes = Domain.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType))
            .Select(t => t.FullName ?? t.Name);

        Assert.DoesNotContain(referencedTypes, n => forbidden.Any(f => n.StartsWith(f, StringComparison.Ordinal)));
    }

    [Fact]
    public void Catalog_NamesAreUniqueAndEveryInstrumentCites()
    {
        var names = InstrumentCatalog.All.Select(i => i.Info.Name).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(InstrumentCatalog.All, i => Assert.False(string.IsNullOrWhiteSpace(i.Info.Citation)));
        Assert.All(InstrumentCatalog.All, i => Assert.Equal("valid", i.ScalarOutputs[0]));
    }
}
