using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Humanitarian.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddPledgesAndAddressListOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "PledgeId",
                table: "FndDonations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "FndPledges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DonorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CollectingUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
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
                    table.PrimaryKey("PK_FndPledges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FndPledges_FndDonors_DonorId",
                        column: x => x.DonorId,
                        principalTable: "FndDonors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FndPledges_FndFunds_FundId",
                        column: x => x.FundId,
                        principalTable: "FndFunds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FndDonations_PledgeId",
                table: "FndDonations",
                column: "PledgeId");

            migrationBuilder.CreateIndex(
                name: "IX_BenHumanitarianAddresses_TenantId_NormalizedName_Id",
                table: "BenHumanitarianAddresses",
                columns: new[] { "TenantId", "NormalizedName", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_FndPledges_DonorId",
                table: "FndPledges",
                column: "DonorId");

            migrationBuilder.CreateIndex(
                name: "IX_FndPledges_FundId",
                table: "FndPledges",
                column: "FundId");

            migrationBuilder.CreateIndex(
                name: "IX_FndPledges_TenantId",
                table: "FndPledges",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_FndPledges_TenantId_DueDate",
                table: "FndPledges",
                columns: new[] { "TenantId", "DueDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FndPledges");

            migrationBuilder.DropIndex(
                name: "IX_FndDonations_PledgeId",
                table: "FndDonations");

            migrationBuilder.DropIndex(
                name: "IX_BenHumanitarianAddresses_TenantId_NormalizedName_Id",
                table: "BenHumanitarianAddresses");

            migrationBuilder.DropColumn(
                name: "PledgeId",
                table: "FndDonations");
        }
    }
}
