using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Humanitarian.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddDeliveryVerificationsAndSponsorRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BenDeliveryVerifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SamplePercent = table.Column<int>(type: "INTEGER", nullable: true),
                    SampleSize = table.Column<int>(type: "INTEGER", nullable: true),
                    ScopeUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PopulationCount = table.Column<int>(type: "INTEGER", nullable: false),
                    SampledCount = table.Column<int>(type: "INTEGER", nullable: false),
                    VerifiedCount = table.Column<int>(type: "INTEGER", nullable: false),
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
                    table.PrimaryKey("PK_BenDeliveryVerifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BenSponsorRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    HumanitarianAddressId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequesterName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    NormalizedRequesterName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Organisation = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    MonthlyValue = table.Column<long>(type: "INTEGER", nullable: false),
                    StartMonth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ContactConsentTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DecisionTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeciderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DeclineReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SponsorshipId = table.Column<Guid>(type: "TEXT", nullable: true),
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
                    table.PrimaryKey("PK_BenSponsorRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BenSponsorRequests_BenHumanitarianAddresses_HumanitarianAddressId",
                        column: x => x.HumanitarianAddressId,
                        principalTable: "BenHumanitarianAddresses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BenSponsorRequests_BenSponsorships_SponsorshipId",
                        column: x => x.SponsorshipId,
                        principalTable: "BenSponsorships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BenDeliveryVerificationItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DeliveryVerificationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupportDeliveryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SponsorshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HumanitarianAddressId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeliveryDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DeliveredValue = table.Column<long>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    AmountReceived = table.Column<long>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    VerifiedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    VerificationTime = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BenDeliveryVerificationItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BenDeliveryVerificationItems_BenDeliveryVerifications_DeliveryVerificationId",
                        column: x => x.DeliveryVerificationId,
                        principalTable: "BenDeliveryVerifications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BenDeliveryVerificationItems_DeliveryVerificationId",
                table: "BenDeliveryVerificationItems",
                column: "DeliveryVerificationId");

            migrationBuilder.CreateIndex(
                name: "IX_BenDeliveryVerificationItems_TenantId",
                table: "BenDeliveryVerificationItems",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_BenDeliveryVerificationItems_TenantId_SupportDeliveryId",
                table: "BenDeliveryVerificationItems",
                columns: new[] { "TenantId", "SupportDeliveryId" });

            migrationBuilder.CreateIndex(
                name: "IX_BenDeliveryVerifications_TenantId",
                table: "BenDeliveryVerifications",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_BenDeliveryVerifications_TenantId_From",
                table: "BenDeliveryVerifications",
                columns: new[] { "TenantId", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_BenSponsorRequests_HumanitarianAddressId",
                table: "BenSponsorRequests",
                column: "HumanitarianAddressId");

            migrationBuilder.CreateIndex(
                name: "IX_BenSponsorRequests_SponsorshipId",
                table: "BenSponsorRequests",
                column: "SponsorshipId");

            migrationBuilder.CreateIndex(
                name: "IX_BenSponsorRequests_TenantId",
                table: "BenSponsorRequests",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_BenSponsorRequests_TenantId_Status_CreationTime",
                table: "BenSponsorRequests",
                columns: new[] { "TenantId", "Status", "CreationTime" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BenDeliveryVerificationItems");

            migrationBuilder.DropTable(
                name: "BenSponsorRequests");

            migrationBuilder.DropTable(
                name: "BenDeliveryVerifications");
        }
    }
}
