using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Humanitarian.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddReminderSubjects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<Guid>(
                name: "TaskAssignmentId",
                table: "CmpReminders",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "TEXT");

            migrationBuilder.AddColumn<Guid>(
                name: "SubjectId",
                table: "CmpReminders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_CmpReminders_SubjectId_Step_ScheduledDate_Recipient",
                table: "CmpReminders",
                columns: new[] { "SubjectId", "Step", "ScheduledDate", "Recipient" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CmpReminders_SubjectId_Step_ScheduledDate_Recipient",
                table: "CmpReminders");

            migrationBuilder.DropColumn(
                name: "SubjectId",
                table: "CmpReminders");

            migrationBuilder.AlterColumn<Guid>(
                name: "TaskAssignmentId",
                table: "CmpReminders",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);
        }
    }
}
