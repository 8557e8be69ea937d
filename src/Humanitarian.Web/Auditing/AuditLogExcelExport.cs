using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Humanitarian.Framework.Auditing;
using Humanitarian.Framework.Content;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Excel;
using Humanitarian.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Web.Auditing;

/// <summary>
/// The filtered log as a sheet with one row per property change (a record created without values, or
/// read, is one row with the field columns empty), each row repeating its change set's time, user and
/// title: so Excel's own filter and sort work on any column (all changes of "Mã đơn vị", everything one
/// user did), and no cell grows past Excel's limit as a whole change set in one cell would.
/// </summary>
public sealed class AuditLogExcelExport(AuditLogReader reader, IStringLocalizer<HumanitarianResource> l) : ITransientDependency
{
    /// <summary>Entity changes in one file: a tenant's whole log can hold millions (each donation is one).</summary>
    public const int MaxChanges = 50_000;

    private const int Batch = 100;

    public async Task<IRemoteStreamContent> ExportAsync(IQueryable<AuditLog> logs)
    {
        var count = await logs.SelectMany(a => a.EntityChanges).CountAsync();
        if (count > MaxChanges)
        {
            throw new AbpValidationException(l["AuditLogs:ExportTooLarge", Vnd.FormatNumber(count), Vnd.FormatNumber(MaxChanges)]);
        }
        var sheet = new ExcelExport(l["AuditLogs:Title"])
            .Text(l["AuditLogs:Time"]).Text(l["AuditLogs:User"]).Text(l["AuditLogs:FullName"]).Text(l["AuditLogs:What"])
            .Text(l["AuditLogs:Action"]).Text(l["AuditLogs:Kind"]).Text(l["AuditLogs:Record"]).Text(l["AuditLogs:EntityId"])
            .Text(l["AuditLogs:Field"]).Text(l["AuditLogs:OriginalValue"]).Text(l["AuditLogs:NewValue"]);
        var ordered = logs.OrderByDescending(a => a.ExecutionTime).ThenBy(a => a.Id);
        for (var skip = 0; ; skip += Batch)
        {
            var page = await ordered.Skip(skip).Take(Batch).ToListAsync();
            foreach (var log in await reader.ToDtosAsync(page, maxPerKind: null))
            {
                AddRows(sheet, log);
            }
            if (page.Count < Batch)
            {
                break;
            }
        }
        return sheet.ToFile(l["AuditLogs:FileName"]);
    }

    private void AddRows(ExcelExport sheet, AuditLogDto log)
    {
        var time = VietnamTime.FormatMinutes(log.ExecutionTime);
        foreach (var change in log.EntityChanges)
        {
            var action = l["EntityChangeType:" + change.ChangeType].Value;
            object?[] head = [time, log.UserName, log.UserFullName, log.Title, action, change.EntityTypeDisplayName, change.EntityDisplayName, change.EntityId];
            if (change.PropertyChanges.Count == 0)
            {
                sheet.Add([.. head, null, null, null]);
            }
            foreach (var property in change.PropertyChanges)
            {
                sheet.Add([.. head, property.PropertyDisplayName, property.OriginalValueDisplay, property.NewValueDisplay]);
            }
        }
    }
}
