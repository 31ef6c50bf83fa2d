using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lupus.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Deidentification : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DeidentificationKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Secret = table.Column<byte[]>(type: "BLOB", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeidentificationKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PatientDateShifts",
                columns: table => new
                {
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OffsetDays = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PatientDateShifts", x => x.PatientId);
                    table.ForeignKey(
                        name: "FK_PatientDateShifts_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DeidentificationKeys");

            migrationBuilder.DropTable(
                name: "PatientDateShifts");
        }
    }
}
