using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Humanitarian.Web.Migrations.MySql
{
    /// <inheritdoc />
    public partial class EmailMessageIdAndTextBody : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MessageId",
                table: "AbpEmailMessages",
                type: "varchar(256)",
                maxLength: 256,
                nullable: false,
                defaultValue: "",
                collation: "utf8mb4_unicode_ci")
                .Annotation("MySql:CharSet", "utf8mb4");

            // Messages queued before this migration get the Message-ID they would have had, kept on every try.
            migrationBuilder.Sql(
                "UPDATE `AbpEmailMessages` SET `MessageId` = CONCAT('<', REPLACE(`Id`, '-', ''), '@humanitarian.local>')");

            migrationBuilder.AddColumn<string>(
                name: "TextBody",
                table: "AbpEmailMessages",
                type: "longtext",
                nullable: true,
                collation: "utf8mb4_unicode_ci")
                .Annotation("MySql:CharSet", "utf8mb4");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MessageId",
                table: "AbpEmailMessages");

            migrationBuilder.DropColumn(
                name: "TextBody",
                table: "AbpEmailMessages");
        }
    }
}
