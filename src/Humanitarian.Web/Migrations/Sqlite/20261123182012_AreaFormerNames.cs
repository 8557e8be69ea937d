using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Humanitarian.Web.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 1024,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NormalizedFormerNames",
                table: "OrgAdministrativeAreas",
                type: "TEXT",
                maxLength: 1024,
                nullable: true);
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
