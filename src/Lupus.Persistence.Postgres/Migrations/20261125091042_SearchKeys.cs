using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lupus.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SearchKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "StudyIdKey",
                table: "Patients",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "",
                collation: "C");

            migrationBuilder.AddColumn<string>(
                name: "FamilyNameKey",
                table: "PatientIdentities",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "",
                collation: "C");

            migrationBuilder.AddColumn<string>(
                name: "HospitalNumberKey",
                table: "PatientIdentities",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "",
                collation: "C");

            // Existing rows get the keys the entities compute (SearchKey.Of: trimmed of spaces, ASCII letters upper-cased).
            migrationBuilder.Sql("""UPDATE "Patients" SET "StudyIdKey" = upper(trim("StudyId") COLLATE "C");""");
            migrationBuilder.Sql("""UPDATE "PatientIdentities" SET "FamilyNameKey" = upper(trim("FamilyName") COLLATE "C"), "HospitalNumberKey" = upper(trim("HospitalNumber") COLLATE "C");""");

            migrationBuilder.CreateIndex(
                name: "IX_Patients_StudyIdKey_Id",
                table: "Patients",
                columns: new[] { "StudyIdKey", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PatientIdentities_FamilyNameKey_PatientId",
                table: "PatientIdentities",
                columns: new[] { "FamilyNameKey", "PatientId" });

            migrationBuilder.CreateIndex(
                name: "IX_PatientIdentities_HospitalNumberKey_PatientId",
                table: "PatientIdentities",
                columns: new[] { "HospitalNumberKey", "PatientId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Patients_StudyIdKey_Id",
                table: "Patients");

            migrationBuilder.DropIndex(
                name: "IX_PatientIdentities_FamilyNameKey_PatientId",
                table: "PatientIdentities");

            migrationBuilder.DropIndex(
                name: "IX_PatientIdentities_HospitalNumberKey_PatientId",
                table: "PatientIdentities");

            migrationBuilder.DropColumn(
                name: "StudyIdKey",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "FamilyNameKey",
                table: "PatientIdentities");

            migrationBuilder.DropColumn(
                name: "HospitalNumberKey",
                table: "PatientIdentities");
        }
    }
}
