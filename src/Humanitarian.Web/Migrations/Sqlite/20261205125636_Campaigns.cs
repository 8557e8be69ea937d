using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Humanitarian.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Campaigns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CmpCampaigns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Recurrence = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LastDay = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Purposes = table.Column<string>(type: "TEXT", nullable: true),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: true),
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
                    table.PrimaryKey("PK_CmpCampaigns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CmpCampaignActivities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    NormalizedTitle = table.Column<string>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Participants = table.Column<int>(type: "INTEGER", nullable: true),
                    AmountRaised = table.Column<long>(type: "INTEGER", nullable: true),
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
                    table.PrimaryKey("PK_CmpCampaignActivities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CmpCampaignActivities_CmpCampaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "CmpCampaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CmpCampaignLegalBases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CmpCampaignLegalBases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CmpCampaignLegalBases_CmpCampaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "CmpCampaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CmpCampaignParticipants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CmpCampaignParticipants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CmpCampaignParticipants_CmpCampaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "CmpCampaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CmpCampaignTargets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Metric = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Goal = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    ActivityKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Year = table.Column<int>(type: "INTEGER", nullable: true),
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
                    table.PrimaryKey("PK_CmpCampaignTargets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CmpCampaignTargets_CmpCampaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "CmpCampaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CmpCampaignYearThemes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Theme = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CmpCampaignYearThemes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CmpCampaignYearThemes_CmpCampaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "CmpCampaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CmpTaskAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: true),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    NormalizedTitle = table.Column<string>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SubmittedTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SubmittedDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReportNote = table.Column<string>(type: "TEXT", nullable: true),
                    ReviewComment = table.Column<string>(type: "TEXT", nullable: true),
                    ReviewedTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReviewerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsReopened = table.Column<bool>(type: "INTEGER", nullable: false),
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
                    table.PrimaryKey("PK_CmpTaskAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CmpTaskAssignments_CmpCampaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "CmpCampaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CmpTaskReportFigures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TaskAssignmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TargetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CmpTaskReportFigures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CmpTaskReportFigures_CmpTaskAssignments_TaskAssignmentId",
                        column: x => x.TaskAssignmentId,
                        principalTable: "CmpTaskAssignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CmpCampaignActivities_CampaignId",
                table: "CmpCampaignActivities",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_CmpCampaignActivities_TenantId",
                table: "CmpCampaignActivities",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_CmpCampaignActivities_TenantId_CampaignId_Kind_Date",
                table: "CmpCampaignActivities",
                columns: new[] { "TenantId", "CampaignId", "Kind", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_CmpCampaignLegalBases_CampaignId_DocumentId",
                table: "CmpCampaignLegalBases",
                columns: new[] { "CampaignId", "DocumentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CmpCampaignLegalBases_TenantId",
                table: "CmpCampaignLegalBases",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_CmpCampaignParticipants_CampaignId_UnitId",
                table: "CmpCampaignParticipants",
                columns: new[] { "CampaignId", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CmpCampaignParticipants_TenantId",
                table: "CmpCampaignParticipants",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_CmpCampaignParticipants_UnitId",
                table: "CmpCampaignParticipants",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_CmpCampaigns_TenantId",
                table: "CmpCampaigns",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_CmpCampaigns_TenantId_StartDate",
                table: "CmpCampaigns",
                columns: new[] { "TenantId", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_CmpCampaignTargets_CampaignId",
                table: "CmpCampaignTargets",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_CmpCampaignTargets_TenantId",
                table: "CmpCampaignTargets",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_CmpCampaignYearThemes_CampaignId_Year",
                table: "CmpCampaignYearThemes",
                columns: new[] { "CampaignId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CmpCampaignYearThemes_TenantId",
                table: "CmpCampaignYearThemes",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_CmpTaskAssignments_CampaignId",
                table: "CmpTaskAssignments",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_CmpTaskAssignments_TenantId",
                table: "CmpTaskAssignments",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_CmpTaskAssignments_TenantId_CampaignId_Year_Status",
                table: "CmpTaskAssignments",
                columns: new[] { "TenantId", "CampaignId", "Year", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CmpTaskAssignments_TenantId_UnitId_DueDate",
                table: "CmpTaskAssignments",
                columns: new[] { "TenantId", "UnitId", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_CmpTaskReportFigures_TargetId",
                table: "CmpTaskReportFigures",
                column: "TargetId");

            migrationBuilder.CreateIndex(
                name: "IX_CmpTaskReportFigures_TaskAssignmentId",
                table: "CmpTaskReportFigures",
                column: "TaskAssignmentId");

            migrationBuilder.CreateIndex(
                name: "IX_CmpTaskReportFigures_TenantId",
                table: "CmpTaskReportFigures",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CmpCampaignActivities");

            migrationBuilder.DropTable(
                name: "CmpCampaignLegalBases");

            migrationBuilder.DropTable(
                name: "CmpCampaignParticipants");

            migrationBuilder.DropTable(
                name: "CmpCampaignTargets");

            migrationBuilder.DropTable(
                name: "CmpCampaignYearThemes");

            migrationBuilder.DropTable(
                name: "CmpTaskReportFigures");

            migrationBuilder.DropTable(
                name: "CmpTaskAssignments");

            migrationBuilder.DropTable(
                name: "CmpCampaigns");
        }
    }
}
