using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Humanitarian.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddOrganization : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OrgAdministrativeAreas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    NormalizedCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
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
                    table.PrimaryKey("PK_OrgAdministrativeAreas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrgAdministrativeAreas_OrgAdministrativeAreas_ParentId",
                        column: x => x.ParentId,
                        principalTable: "OrgAdministrativeAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OrgUnits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    NormalizedCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AdministrativeAreaId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
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
                    table.PrimaryKey("PK_OrgUnits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrgUnits_OrgAdministrativeAreas_AdministrativeAreaId",
                        column: x => x.AdministrativeAreaId,
                        principalTable: "OrgAdministrativeAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OrgUnits_OrgUnits_ParentId",
                        column: x => x.ParentId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OrgDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    NormalizedNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    IssueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IssueYear = table.Column<int>(type: "INTEGER", nullable: true),
                    Issuer = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    IssuerUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IssuerKey = table.Column<string>(type: "TEXT", maxLength: 264, nullable: false),
                    Signer = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    Summary = table.Column<string>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", nullable: true),
                    NormalizedText = table.Column<string>(type: "TEXT", nullable: false),
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
                    table.PrimaryKey("PK_OrgDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrgDocuments_OrgUnits_IssuerUnitId",
                        column: x => x.IssuerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OrgUnitContacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Position = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ReceivesReminders = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrgUnitContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrgUnitContacts_OrgUnits_UnitId",
                        column: x => x.UnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OrgCommittees",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CampaignOrFundName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EstablishingDocumentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", nullable: true),
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
                    table.PrimaryKey("PK_OrgCommittees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrgCommittees_OrgCommittees_ParentId",
                        column: x => x.ParentId,
                        principalTable: "OrgCommittees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OrgCommittees_OrgDocuments_EstablishingDocumentId",
                        column: x => x.EstablishingDocumentId,
                        principalTable: "OrgDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OrgDocumentAttachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrgDocumentAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrgDocumentAttachments_OrgDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "OrgDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OrgDocumentLegalBases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    ReferencedDocumentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrgDocumentLegalBases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrgDocumentLegalBases_OrgDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "OrgDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OrgDocumentLegalBases_OrgDocuments_ReferencedDocumentId",
                        column: x => x.ReferencedDocumentId,
                        principalTable: "OrgDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OrgDocumentRecipients",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrgDocumentRecipients", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrgDocumentRecipients_OrgDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "OrgDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OrgDocumentRecipients_OrgUnits_UnitId",
                        column: x => x.UnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OrgCommitteeMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Position = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    TermStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TermEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrgCommitteeMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrgCommitteeMembers_OrgCommittees_CommitteeId",
                        column: x => x.CommitteeId,
                        principalTable: "OrgCommittees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OrgCommitteeMembers_OrgUnits_UnitId",
                        column: x => x.UnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OrgDocumentAttachmentContents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrgDocumentAttachmentContents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrgDocumentAttachmentContents_OrgDocumentAttachments_Id",
                        column: x => x.Id,
                        principalTable: "OrgDocumentAttachments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OrgAdministrativeAreas_ParentId",
                table: "OrgAdministrativeAreas",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_OrgAdministrativeAreas_TenantId",
                table: "OrgAdministrativeAreas",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_OrgAdministrativeAreas_TenantId_NormalizedCode",
                table: "OrgAdministrativeAreas",
                columns: new[] { "TenantId", "NormalizedCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OrgAdministrativeAreas_TenantId_NormalizedName",
                table: "OrgAdministrativeAreas",
                columns: new[] { "TenantId", "NormalizedName" });

            migrationBuilder.CreateIndex(
                name: "IX_OrgCommitteeMembers_CommitteeId",
                table: "OrgCommitteeMembers",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_OrgCommitteeMembers_TenantId",
                table: "OrgCommitteeMembers",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_OrgCommitteeMembers_TenantId_UserId",
                table: "OrgCommitteeMembers",
                columns: new[] { "TenantId", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_OrgCommitteeMembers_UnitId",
                table: "OrgCommitteeMembers",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_OrgCommittees_EstablishingDocumentId",
                table: "OrgCommittees",
                column: "EstablishingDocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_OrgCommittees_ParentId",
                table: "OrgCommittees",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_OrgCommittees_TenantId",
                table: "OrgCommittees",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_OrgCommittees_TenantId_NormalizedName",
                table: "OrgCommittees",
                columns: new[] { "TenantId", "NormalizedName" });

            migrationBuilder.CreateIndex(
                name: "IX_OrgDocumentAttachmentContents_TenantId",
                table: "OrgDocumentAttachmentContents",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_OrgDocumentAttachments_DocumentId",
                table: "OrgDocumentAttachments",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_OrgDocumentAttachments_TenantId",
                table: "OrgDocumentAttachments",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_OrgDocumentLegalBases_DocumentId",
                table: "OrgDocumentLegalBases",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_OrgDocumentLegalBases_ReferencedDocumentId",
                table: "OrgDocumentLegalBases",
                column: "ReferencedDocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_OrgDocumentLegalBases_TenantId",
                table: "OrgDocumentLegalBases",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_OrgDocumentRecipients_DocumentId_UnitId",
                table: "OrgDocumentRecipients",
                columns: new[] { "DocumentId", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OrgDocumentRecipients_TenantId",
                table: "OrgDocumentRecipients",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_OrgDocumentRecipients_UnitId",
                table: "OrgDocumentRecipients",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_OrgDocuments_IssuerUnitId",
                table: "OrgDocuments",
                column: "IssuerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_OrgDocuments_TenantId",
                table: "OrgDocuments",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_OrgDocuments_TenantId_IssueDate",
                table: "OrgDocuments",
                columns: new[] { "TenantId", "IssueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_OrgDocuments_TenantId_IssuerKey_IssueYear_NormalizedNumber",
                table: "OrgDocuments",
                columns: new[] { "TenantId", "IssuerKey", "IssueYear", "NormalizedNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OrgUnitContacts_TenantId",
                table: "OrgUnitContacts",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_OrgUnitContacts_UnitId",
                table: "OrgUnitContacts",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_OrgUnits_AdministrativeAreaId",
                table: "OrgUnits",
                column: "AdministrativeAreaId");

            migrationBuilder.CreateIndex(
                name: "IX_OrgUnits_ParentId",
                table: "OrgUnits",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_OrgUnits_TenantId",
                table: "OrgUnits",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_OrgUnits_TenantId_NormalizedCode",
                table: "OrgUnits",
                columns: new[] { "TenantId", "NormalizedCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OrgUnits_TenantId_NormalizedName",
                table: "OrgUnits",
                columns: new[] { "TenantId", "NormalizedName" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OrgCommitteeMembers");

            migrationBuilder.DropTable(
                name: "OrgDocumentAttachmentContents");

            migrationBuilder.DropTable(
                name: "OrgDocumentLegalBases");

            migrationBuilder.DropTable(
                name: "OrgDocumentRecipients");

            migrationBuilder.DropTable(
                name: "OrgUnitContacts");

            migrationBuilder.DropTable(
                name: "OrgCommittees");

            migrationBuilder.DropTable(
                name: "OrgDocumentAttachments");

            migrationBuilder.DropTable(
                name: "OrgDocuments");

            migrationBuilder.DropTable(
                name: "OrgUnits");

            migrationBuilder.DropTable(
                name: "OrgAdministrativeAreas");
        }
    }
}
