using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Humanitarian.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddHumanitarianAddresses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BenHumanitarianAddresses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    BirthYear = table.Column<int>(type: "INTEGER", nullable: true),
                    DateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    ProtectedNationalId = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    NationalIdHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    AddressLine = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    Commune = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedCommune = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CommuneId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Categories = table.Column<int>(type: "INTEGER", nullable: false),
                    HasHivAids = table.Column<bool>(type: "INTEGER", nullable: false),
                    Needs = table.Column<int>(type: "INTEGER", nullable: false),
                    Circumstances = table.Column<string>(type: "TEXT", nullable: true),
                    HealthDetails = table.Column<string>(type: "TEXT", nullable: true),
                    MonthlyValueSought = table.Column<long>(type: "INTEGER", nullable: true),
                    FacilityKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: true),
                    SurveyingUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SurveyDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PublishConsent_Given = table.Column<bool>(type: "INTEGER", nullable: false),
                    PublishConsent_RecordedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    PublishConsent_RecordedTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ShareConsent_Given = table.Column<bool>(type: "INTEGER", nullable: false),
                    ShareConsent_RecordedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ShareConsent_RecordedTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SurveyConsent_Given = table.Column<bool>(type: "INTEGER", nullable: false),
                    SurveyConsent_RecordedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    SurveyConsent_RecordedTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeleterId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DeletionTime = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BenHumanitarianAddresses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BenNationalIdKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    ProtectedKey = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BenNationalIdKeys", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BenHumanitarianAddresses_TenantId",
                table: "BenHumanitarianAddresses",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_BenHumanitarianAddresses_TenantId_CommuneId",
                table: "BenHumanitarianAddresses",
                columns: new[] { "TenantId", "CommuneId" });

            migrationBuilder.CreateIndex(
                name: "IX_BenHumanitarianAddresses_TenantId_NationalIdHash",
                table: "BenHumanitarianAddresses",
                columns: new[] { "TenantId", "NationalIdHash" });

            migrationBuilder.CreateIndex(
                name: "IX_BenHumanitarianAddresses_TenantId_NormalizedName_BirthYear_NormalizedCommune",
                table: "BenHumanitarianAddresses",
                columns: new[] { "TenantId", "NormalizedName", "BirthYear", "NormalizedCommune" });

            migrationBuilder.CreateIndex(
                name: "IX_BenHumanitarianAddresses_TenantId_SurveyingUnitId",
                table: "BenHumanitarianAddresses",
                columns: new[] { "TenantId", "SurveyingUnitId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BenHumanitarianAddresses");

            migrationBuilder.DropTable(
                name: "BenNationalIdKeys");
        }
    }
}
