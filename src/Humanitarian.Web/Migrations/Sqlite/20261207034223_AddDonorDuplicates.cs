using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Humanitarian.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddDonorDuplicates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "MergedIntoId",
                table: "FndDonors",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NormalizedPhone",
                table: "FndDonors",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            // Donors recorded before the duplicate rule: their phones folded as Donor.NormalizePhone does
            // for the usual ways of writing a number (spaces, dots, dashes, brackets, +84).
            migrationBuilder.Sql(
                "UPDATE FndDonors SET NormalizedPhone = REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(Phone, ' ', ''), '.', ''), '-', ''), '+', ''), '(', ''), ')', '') WHERE Phone IS NOT NULL");
            migrationBuilder.Sql(
                "UPDATE FndDonors SET NormalizedPhone = '0' || SUBSTR(NormalizedPhone, 3) WHERE NormalizedPhone LIKE '84%' AND LENGTH(NormalizedPhone) >= 11");
            migrationBuilder.Sql("UPDATE FndDonors SET NormalizedPhone = NULL WHERE NormalizedPhone = ''");

            migrationBuilder.CreateTable(
                name: "FndDonorNotDuplicatePairs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FirstDonorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SecondDonorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FndDonorNotDuplicatePairs", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FndDonorNotDuplicatePairs_TenantId",
                table: "FndDonorNotDuplicatePairs",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_FndDonorNotDuplicatePairs_TenantId_FirstDonorId_SecondDonorId",
                table: "FndDonorNotDuplicatePairs",
                columns: new[] { "TenantId", "FirstDonorId", "SecondDonorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FndDonorNotDuplicatePairs_TenantId_SecondDonorId",
                table: "FndDonorNotDuplicatePairs",
                columns: new[] { "TenantId", "SecondDonorId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FndDonorNotDuplicatePairs");

            migrationBuilder.DropColumn(
                name: "MergedIntoId",
                table: "FndDonors");

            migrationBuilder.DropColumn(
                name: "NormalizedPhone",
                table: "FndDonors");
        }
    }
}
