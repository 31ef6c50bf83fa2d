using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lupus.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TrialEndpoints : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BilagGrades",
                table: "Visits",
                type: "TEXT",
                maxLength: 9,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Cohort",
                table: "Patients",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "DeathDate",
                table: "Patients",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LastContactDate",
                table: "Patients",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PatientEndpoints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RuleVersion = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    InputFingerprint = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ComputedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Response12m = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NotEvaluableReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Died = table.Column<bool>(type: "INTEGER", nullable: false),
                    SurvivalDays = table.Column<int>(type: "INTEGER", nullable: true),
                    Relapsed = table.Column<bool>(type: "INTEGER", nullable: false),
                    RelapseDays = table.Column<int>(type: "INTEGER", nullable: true),
                    Detail = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PatientEndpoints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PatientEndpoints_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Patients_Cohort",
                table: "Patients",
                column: "Cohort");

            migrationBuilder.CreateIndex(
                name: "IX_PatientEndpoints_PatientId",
                table: "PatientEndpoints",
                column: "PatientId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PatientEndpoints");

            migrationBuilder.DropIndex(
                name: "IX_Patients_Cohort",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "BilagGrades",
                table: "Visits");

            migrationBuilder.DropColumn(
                name: "Cohort",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "DeathDate",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "LastContactDate",
                table: "Patients");
        }
    }
}
