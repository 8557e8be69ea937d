using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Humanitarian.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddSponsorshipsAndDeliveries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BenSponsorships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    HumanitarianAddressId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SponsorKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SponsorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SponsorName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    NormalizedSponsorName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Needs = table.Column<int>(type: "INTEGER", nullable: false),
                    MonthlyValue = table.Column<long>(type: "INTEGER", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DeliveredValue = table.Column<long>(type: "INTEGER", nullable: false),
                    NextDueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
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
                    table.PrimaryKey("PK_BenSponsorships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BenSponsorships_BenHumanitarianAddresses_HumanitarianAddressId",
                        column: x => x.HumanitarianAddressId,
                        principalTable: "BenHumanitarianAddresses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BenSupportDeliveries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SponsorshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HumanitarianAddressId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Value = table.Column<long>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
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
                    table.PrimaryKey("PK_BenSupportDeliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BenSupportDeliveries_BenHumanitarianAddresses_HumanitarianAddressId",
                        column: x => x.HumanitarianAddressId,
                        principalTable: "BenHumanitarianAddresses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BenSupportDeliveries_BenSponsorships_SponsorshipId",
                        column: x => x.SponsorshipId,
                        principalTable: "BenSponsorships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BenSponsorships_HumanitarianAddressId",
                table: "BenSponsorships",
                column: "HumanitarianAddressId");

            migrationBuilder.CreateIndex(
                name: "IX_BenSponsorships_TenantId",
                table: "BenSponsorships",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_BenSponsorships_TenantId_NextDueDate",
                table: "BenSponsorships",
                columns: new[] { "TenantId", "NextDueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_BenSponsorships_TenantId_SponsorKind_SponsorId",
                table: "BenSponsorships",
                columns: new[] { "TenantId", "SponsorKind", "SponsorId" });

            migrationBuilder.CreateIndex(
                name: "IX_BenSupportDeliveries_HumanitarianAddressId",
                table: "BenSupportDeliveries",
                column: "HumanitarianAddressId");

            migrationBuilder.CreateIndex(
                name: "IX_BenSupportDeliveries_SponsorshipId",
                table: "BenSupportDeliveries",
                column: "SponsorshipId");

            migrationBuilder.CreateIndex(
                name: "IX_BenSupportDeliveries_TenantId",
                table: "BenSupportDeliveries",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_BenSupportDeliveries_TenantId_Date",
                table: "BenSupportDeliveries",
                columns: new[] { "TenantId", "Date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BenSupportDeliveries");

            migrationBuilder.DropTable(
                name: "BenSponsorships");
        }
    }
}
