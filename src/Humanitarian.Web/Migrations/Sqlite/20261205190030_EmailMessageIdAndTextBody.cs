using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Humanitarian.Web.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 256,
                nullable: false,
                defaultValue: "");

            // Messages queued before this migration get the Message-ID they would have had, kept on every try.
            migrationBuilder.Sql(
                "UPDATE \"AbpEmailMessages\" SET \"MessageId\" = '<' || lower(replace(\"Id\", '-', '')) || '@humanitarian.local>'");

            migrationBuilder.AddColumn<string>(
                name: "TextBody",
                table: "AbpEmailMessages",
                type: "TEXT",
                nullable: true);
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
