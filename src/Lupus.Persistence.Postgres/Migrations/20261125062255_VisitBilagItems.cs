using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lupus.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class VisitBilagItems : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BilagItems",
                table: "Visits",
                type: "character varying(8000)",
                maxLength: 8000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BilagItems",
                table: "Visits");
        }
    }
}
