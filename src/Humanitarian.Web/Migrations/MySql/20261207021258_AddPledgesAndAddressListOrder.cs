using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Humanitarian.Web.Migrations.MySql
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
                type: "char(36)",
                nullable: true,
                collation: "ascii_general_ci");

            migrationBuilder.CreateTable(
                name: "FndPledges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    TenantId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    FundId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    DonorId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    CollectingUnitId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    Note = table.Column<string>(type: "varchar(2000)", maxLength: 2000, nullable: true, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    ConcurrencyStamp = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    CreationTime = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    CreatorId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    LastModificationTime = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    IsDeleted = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    DeleterId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    DeletionTime = table.Column<DateTime>(type: "datetime(6)", nullable: true)
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
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_unicode_ci");

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
