using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Humanitarian.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SignInThrottle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AbpSignInThrottles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ClientIpAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FailedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    LastFailureTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LockoutEnd = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AbpSignInThrottles", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AbpSignInThrottles_LastFailureTime",
                table: "AbpSignInThrottles",
                column: "LastFailureTime");

            migrationBuilder.CreateIndex(
                name: "IX_AbpSignInThrottles_TenantId",
                table: "AbpSignInThrottles",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AbpSignInThrottles");
        }
    }
}
