using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lupus.Persistence.Postgres.Migrations
{
    /// <summary>
    /// Audit values compressed with lz4 (PostgreSQL 14+ built with lz4, as the Debian and PGDG builds are). Written as
    /// dynamic SQL that a server without lz4, or older than 14, answers with a notice and the default compression,
    /// instead of failing the migration. Only values written from now on are affected: no table rewrite.
    /// </summary>
    public partial class AuditValuesLz4 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Compression("lz4"));

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Compression("pglz"));

        private static string Compression(string method) => $$"""
            DO $$
            BEGIN
                EXECUTE 'ALTER TABLE "AuditEntries" ALTER COLUMN "OldValue" SET COMPRESSION {{method}}, ALTER COLUMN "NewValue" SET COMPRESSION {{method}}';
            EXCEPTION WHEN feature_not_supported OR syntax_error THEN
                RAISE NOTICE 'audit values keep the server''s default compression: %', SQLERRM;
            END
            $$;
            """;
    }
}
