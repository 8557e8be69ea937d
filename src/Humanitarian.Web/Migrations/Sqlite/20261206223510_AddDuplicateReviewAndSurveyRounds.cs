using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Humanitarian.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddDuplicateReviewAndSurveyRounds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "MergedIntoId",
                table: "BenHumanitarianAddresses",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "BenNotDuplicatePairs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FirstAddressId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SecondAddressId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BenNotDuplicatePairs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BenSurveyRounds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
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
                    table.PrimaryKey("PK_BenSurveyRounds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BenSurveyRoundUnits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SurveyRoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaskAssignmentId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BenSurveyRoundUnits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BenSurveyRoundUnits_BenSurveyRounds_SurveyRoundId",
                        column: x => x.SurveyRoundId,
                        principalTable: "BenSurveyRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BenNotDuplicatePairs_TenantId",
                table: "BenNotDuplicatePairs",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_BenNotDuplicatePairs_TenantId_FirstAddressId_SecondAddressId",
                table: "BenNotDuplicatePairs",
                columns: new[] { "TenantId", "FirstAddressId", "SecondAddressId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BenNotDuplicatePairs_TenantId_SecondAddressId",
                table: "BenNotDuplicatePairs",
                columns: new[] { "TenantId", "SecondAddressId" });

            migrationBuilder.CreateIndex(
                name: "IX_BenSurveyRounds_TenantId",
                table: "BenSurveyRounds",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_BenSurveyRounds_TenantId_Year",
                table: "BenSurveyRounds",
                columns: new[] { "TenantId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BenSurveyRoundUnits_SurveyRoundId_UnitId",
                table: "BenSurveyRoundUnits",
                columns: new[] { "SurveyRoundId", "UnitId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BenNotDuplicatePairs");

            migrationBuilder.DropTable(
                name: "BenSurveyRoundUnits");

            migrationBuilder.DropTable(
                name: "BenSurveyRounds");

            migrationBuilder.DropColumn(
                name: "MergedIntoId",
                table: "BenHumanitarianAddresses");
        }
    }
}
