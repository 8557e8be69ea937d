using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Humanitarian.Web.Migrations.MySql
{
    /// <inheritdoc />
    public partial class AddDeliveryVerifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BenDeliveryVerifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    TenantId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    Name = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: true, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    SamplePercent = table.Column<int>(type: "int", nullable: true),
                    SampleSize = table.Column<int>(type: "int", nullable: true),
                    ScopeUnitId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    PopulationCount = table.Column<int>(type: "int", nullable: false),
                    SampledCount = table.Column<int>(type: "int", nullable: false),
                    VerifiedCount = table.Column<int>(type: "int", nullable: false),
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
                    table.PrimaryKey("PK_BenDeliveryVerifications", x => x.Id);
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_unicode_ci");

            migrationBuilder.CreateTable(
                name: "BenDeliveryVerificationItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    TenantId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    DeliveryVerificationId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    SupportDeliveryId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    SponsorshipId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    HumanitarianAddressId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    DeliveryDate = table.Column<DateOnly>(type: "date", nullable: false),
                    DeliveredValue = table.Column<long>(type: "bigint", nullable: false),
                    Outcome = table.Column<string>(type: "varchar(24)", maxLength: 24, nullable: false, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    AmountReceived = table.Column<long>(type: "bigint", nullable: true),
                    Note = table.Column<string>(type: "varchar(2000)", maxLength: 2000, nullable: true, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    VerifiedBy = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    VerificationTime = table.Column<DateTime>(type: "datetime(6)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BenDeliveryVerificationItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BenDeliveryVerificationItems_BenDeliveryVerifications_Delive~",
                        column: x => x.DeliveryVerificationId,
                        principalTable: "BenDeliveryVerifications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_unicode_ci");

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BenDeliveryVerificationItems");

            migrationBuilder.DropTable(
                name: "BenDeliveryVerifications");
        }
    }
}
