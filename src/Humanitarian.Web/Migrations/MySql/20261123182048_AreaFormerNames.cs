using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Humanitarian.Web.Migrations.MySql
{
    /// <inheritdoc />
    public partial class AreaFormerNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FormerNames",
                table: "OrgAdministrativeAreas",
                type: "varchar(1024)",
                maxLength: 1024,
                nullable: true,
                collation: "utf8mb4_unicode_ci")
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.AddColumn<string>(
                name: "NormalizedFormerNames",
                table: "OrgAdministrativeAreas",
                type: "varchar(1024)",
                maxLength: 1024,
                nullable: true,
                collation: "utf8mb4_unicode_ci")
                .Annotation("MySql:CharSet", "utf8mb4");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FormerNames",
                table: "OrgAdministrativeAreas");

            migrationBuilder.DropColumn(
                name: "NormalizedFormerNames",
                table: "OrgAdministrativeAreas");
        }
    }
}
