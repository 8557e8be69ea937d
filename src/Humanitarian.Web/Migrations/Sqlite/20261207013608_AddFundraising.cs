using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Humanitarian.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddFundraising : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FndDonors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    IsForeign = table.Column<bool>(type: "INTEGER", nullable: false),
                    TaxCode = table.Column<string>(type: "TEXT", maxLength: 14, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    IsAnonymous = table.Column<bool>(type: "INTEGER", nullable: false),
                    PublishName = table.Column<bool>(type: "INTEGER", nullable: false),
                    PublishNameRecordedTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublishNameRecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
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
                    table.PrimaryKey("PK_FndDonors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FndFunds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    NormalizedCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ManagingCommitteeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsTransparent = table.Column<bool>(type: "INTEGER", nullable: false),
                    Balance = table.Column<long>(type: "INTEGER", nullable: false),
                    RestrictedBalance = table.Column<long>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FndFunds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FndDisbursements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RestrictionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Restriction = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    RecipientKind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    HumanitarianAddressId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecisionDocumentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FndDisbursements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FndDisbursements_FndFunds_FundId",
                        column: x => x.FundId,
                        principalTable: "FndFunds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FndDonations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DonorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReceiptYear = table.Column<int>(type: "INTEGER", nullable: false),
                    ReceiptSequence = table.Column<int>(type: "INTEGER", nullable: false),
                    ReceiptNumber = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    ForeignAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    ExchangeRate = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CollectingUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreditedUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RestrictionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Restriction = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    IsCancelled = table.Column<bool>(type: "INTEGER", nullable: false),
                    CancellationReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CancellationTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CancellerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FndDonations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FndDonations_FndDonors_DonorId",
                        column: x => x.DonorId,
                        principalTable: "FndDonors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FndDonations_FndFunds_FundId",
                        column: x => x.FundId,
                        principalTable: "FndFunds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FndFundLedgerEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    RestrictionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DonationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DisbursementId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FndFundLedgerEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FndFundLedgerEntries_FndFunds_FundId",
                        column: x => x.FundId,
                        principalTable: "FndFunds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FndFundRestrictions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Balance = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FndFundRestrictions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FndFundRestrictions_FndFunds_FundId",
                        column: x => x.FundId,
                        principalTable: "FndFunds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FndReceiptSequences",
                columns: table => new
                {
                    FundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastNumber = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FndReceiptSequences", x => new { x.FundId, x.Year });
                    table.ForeignKey(
                        name: "FK_FndReceiptSequences_FndFunds_FundId",
                        column: x => x.FundId,
                        principalTable: "FndFunds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FndDisbursements_FundId",
                table: "FndDisbursements",
                column: "FundId");

            migrationBuilder.CreateIndex(
                name: "IX_FndDisbursements_TenantId",
                table: "FndDisbursements",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_FndDisbursements_TenantId_FundId_Date",
                table: "FndDisbursements",
                columns: new[] { "TenantId", "FundId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_FndDonations_DonorId",
                table: "FndDonations",
                column: "DonorId");

            migrationBuilder.CreateIndex(
                name: "IX_FndDonations_FundId_ReceiptYear_ReceiptSequence",
                table: "FndDonations",
                columns: new[] { "FundId", "ReceiptYear", "ReceiptSequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FndDonations_TenantId",
                table: "FndDonations",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_FndDonations_TenantId_CreditedUnitId_Date",
                table: "FndDonations",
                columns: new[] { "TenantId", "CreditedUnitId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_FndDonations_TenantId_Date",
                table: "FndDonations",
                columns: new[] { "TenantId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_FndDonations_TenantId_DonorId",
                table: "FndDonations",
                columns: new[] { "TenantId", "DonorId" });

            migrationBuilder.CreateIndex(
                name: "IX_FndDonors_TenantId",
                table: "FndDonors",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_FndDonors_TenantId_NormalizedName",
                table: "FndDonors",
                columns: new[] { "TenantId", "NormalizedName" });

            migrationBuilder.CreateIndex(
                name: "IX_FndDonors_TenantId_TaxCode",
                table: "FndDonors",
                columns: new[] { "TenantId", "TaxCode" });

            migrationBuilder.CreateIndex(
                name: "IX_FndFundLedgerEntries_FundId_CreationTime",
                table: "FndFundLedgerEntries",
                columns: new[] { "FundId", "CreationTime" });

            migrationBuilder.CreateIndex(
                name: "IX_FndFundLedgerEntries_TenantId",
                table: "FndFundLedgerEntries",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_FndFundLedgerEntries_TenantId_Date",
                table: "FndFundLedgerEntries",
                columns: new[] { "TenantId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_FndFundRestrictions_FundId_NormalizedName",
                table: "FndFundRestrictions",
                columns: new[] { "FundId", "NormalizedName" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FndFundRestrictions_TenantId",
                table: "FndFundRestrictions",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_FndFunds_TenantId",
                table: "FndFunds",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_FndFunds_TenantId_NormalizedCode",
                table: "FndFunds",
                columns: new[] { "TenantId", "NormalizedCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FndReceiptSequences_TenantId",
                table: "FndReceiptSequences",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FndDisbursements");

            migrationBuilder.DropTable(
                name: "FndDonations");

            migrationBuilder.DropTable(
                name: "FndFundLedgerEntries");

            migrationBuilder.DropTable(
                name: "FndFundRestrictions");

            migrationBuilder.DropTable(
                name: "FndReceiptSequences");

            migrationBuilder.DropTable(
                name: "FndDonors");

            migrationBuilder.DropTable(
                name: "FndFunds");
        }
    }
}
