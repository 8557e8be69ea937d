using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Humanitarian.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddPledgeInstalments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FndPledgeInstalments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PledgeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FndPledgeInstalments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FndPledgeInstalments_FndPledges_PledgeId",
                        column: x => x.PledgeId,
                        principalTable: "FndPledges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Pledges made before instalments: each is one instalment of its whole amount on its due date
            // (the pledge's id serves as that instalment's: unique, and no id function is common to both databases).
            migrationBuilder.Sql("INSERT INTO FndPledgeInstalments (Id, PledgeId, DueDate, Amount) SELECT Id, Id, DueDate, Amount FROM FndPledges");

            migrationBuilder.CreateIndex(
                name: "IX_FndPledgeInstalments_PledgeId_DueDate",
                table: "FndPledgeInstalments",
                columns: new[] { "PledgeId", "DueDate" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FndPledgeInstalments");
        }
    }
}
