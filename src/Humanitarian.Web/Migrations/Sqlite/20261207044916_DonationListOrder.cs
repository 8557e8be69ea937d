using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Humanitarian.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DonationListOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FndDonations_TenantId_CreditedUnitId_Date",
                table: "FndDonations");

            migrationBuilder.DropIndex(
                name: "IX_FndDonations_TenantId_Date",
                table: "FndDonations");

            migrationBuilder.CreateIndex(
                name: "IX_FndDonations_TenantId_CreditedUnitId_Date_Id",
                table: "FndDonations",
                columns: new[] { "TenantId", "CreditedUnitId", "Date", "Id" },
                descending: new[] { false, false, true, false });

            migrationBuilder.CreateIndex(
                name: "IX_FndDonations_TenantId_Date_Id",
                table: "FndDonations",
                columns: new[] { "TenantId", "Date", "Id" },
                descending: new[] { false, true, false });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FndDonations_TenantId_CreditedUnitId_Date_Id",
                table: "FndDonations");

            migrationBuilder.DropIndex(
                name: "IX_FndDonations_TenantId_Date_Id",
                table: "FndDonations");

            migrationBuilder.CreateIndex(
                name: "IX_FndDonations_TenantId_CreditedUnitId_Date",
                table: "FndDonations",
                columns: new[] { "TenantId", "CreditedUnitId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_FndDonations_TenantId_Date",
                table: "FndDonations",
                columns: new[] { "TenantId", "Date" });
        }
    }
}
