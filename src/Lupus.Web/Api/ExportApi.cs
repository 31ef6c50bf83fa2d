using System.IO.Compression;
using Lupus.Interchange;
using Lupus.Interchange.Export;
using Lupus.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lupus.Web.Api;

/// <summary>
/// <c>GET /api/export?format=csv|redcap|fhir&amp;deidentify=true&amp;site=CODE</c>: the data the account may see as a zip of
/// the export files. Administrators may export identified data; every other role only de-identified data of its
/// sites (the data layer's site filter applies), as <c>lupus export --as</c> does.
/// </summary>
internal static class ExportApi
{
    public static void MapExport(this RouteGroupBuilder api) =>
        api.MapGet("/export", Export).WithTags("Export").WithName("Export")
            .WithSummary("Download the visible data as a zip of CSV tables or a REDCap project");

    private static Results<FileContentHttpResult, ForbidHttpResult, ProblemHttpResult> Export(
        LupusDbContext db, string format = "csv", bool deidentify = false, string? site = null)
    {
        if (!ExportPolicy.MayExport(db.Scope, deidentify))
        {
            return TypedResults.Forbid();
        }

        if (!DatasetFormats.IsKnown(format))
        {
            return TypedResults.Problem($"{format}: unknown format; use {string.Join(", ", DatasetFormats.Names)}", statusCode: StatusCodes.Status400BadRequest);
        }

        var exporter = new DatasetExporter(db);
        Interchange.Model.InterchangeDataset data;
        Dictionary<Interchange.Model.PatientKey, Guid> ids;
        try
        {
            (data, ids) = exporter.Export(site);
        }
        catch (ArgumentException)
        {
            return TypedResults.Problem($"unknown site '{site}'", statusCode: StatusCodes.Status400BadRequest);
        }

        if (deidentify)
        {
            data = new Deidentifier(db).Apply(data, ids);
        }

        var dir = Directory.CreateTempSubdirectory("lupus-export-");
        try
        {
            var files = DatasetFormats.Write(format, data, dir.FullName);
            using var zip = new MemoryStream();
            using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var file in files)
                {
                    archive.CreateEntryFromFile(file, Path.GetFileName(file));
                }
            }

            return TypedResults.File(zip.ToArray(), "application/zip", deidentify ? "lupus-deidentified.zip" : "lupus-export.zip");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
