using Humanitarian.Framework.Application;
using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Humanitarian.Framework.Auditing;
using Humanitarian.Web.Auditing;
using Humanitarian.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Web.Pages.AuditLogs;

/// <summary>
/// One line per change set (a request or a job: a merger, an import), newest first, each opening to its
/// records by kind and their fields; filtered by kind, action, user, record and days.
/// </summary>
[Authorize(AuditLoggingPermissions.AuditLogs)]
public sealed class IndexModel(IAuditLogAppService auditLogAppService) : HumanitarianPageModel
{
    /// <summary>Characters of a value shown before "xem thêm".</summary>
    public const int FoldAfter = 200;

    /// <summary>A change set this small opens with its kinds open: one click shows what changed.</summary>
    public const int OpenUpTo = 5;

    [BindProperty(SupportsGet = true, Name = "userName")]
    public string? UserName { get; set; }

    [BindProperty(SupportsGet = true, Name = "entityTypeFullName")]
    public string? EntityTypeFullName { get; set; }

    [BindProperty(SupportsGet = true, Name = "entityChangeType")]
    public EntityChangeType? EntityChangeType { get; set; }

    /// <summary>The record's id, or part of its name.</summary>
    [BindProperty(SupportsGet = true, Name = "record")]
    public string? Record { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "skip")]
    public int Skip { get; set; }

    [BindProperty(SupportsGet = true, Name = "max")]
    public int Max { get; set; } = PagerModel.DefaultMax;

    public PagedResultDto<AuditLogDto> Result { get; private set; } = new();
    public PagerModel Pager { get; private set; } = null!;
    public List<SelectListItem> Kinds { get; private set; } = [];
    public List<SelectListItem> Actions { get; private set; } = [];

    public bool IsFiltered => UserName is not null || EntityTypeFullName is not null || EntityChangeType is not null
                              || Record is not null || From is not null || To is not null;

    public async Task OnGetAsync()
    {
        ModelState.Clear(); // a malformed ?skip=, ?from= or ?entityChangeType= falls back to the default
        Normalize();
        var input = ListInput();
        (input.SkipCount, input.MaxResultCount) = (Skip, Max);
        Result = await auditLogAppService.GetListAsync(input);
        Pager = new PagerModel(Result.TotalCount, Skip, Max, Filters());
        Kinds = (await auditLogAppService.GetEntityKindsAsync())
            .Select(k => new SelectListItem(k.DisplayName, k.EntityTypeFullName, k.EntityTypeFullName == EntityTypeFullName)).ToList();
        Actions = Enum.GetValues<EntityChangeType>()
            .Select(t => new SelectListItem(ChangeTypeName(t), t.ToString(), t == EntityChangeType)).ToList();
    }

    /// <summary>What the list shows (same filters), every page, as a sheet.</summary>
    public async Task<IActionResult> OnGetExportAsync(Guid? auditLogId)
    {
        ModelState.Clear();
        Normalize();
        var input = ListInput();
        input.AuditLogId = auditLogId;
        var file = await auditLogAppService.ExportExcelAsync(input);
        return File(file.GetStream(), file.ContentType, file.FileName);
    }

    public string ExportUrl => Url.Page("Index", "Export", Filters().Where(v => v.Value is not null).ToDictionary())!;

    /// <summary>Every record of one change set (a list shows twenty of each kind).</summary>
    public string LogExportUrl(Guid auditLogId) => Url.Page("Index", "Export", new { auditLogId })!;

    public string ChangeTypeName(EntityChangeType type) => L["EntityChangeType:" + type];

    public static string ChangeTypeBadge(EntityChangeType type) => type switch
    {
        Framework.Auditing.EntityChangeType.Created => "text-bg-success",
        Framework.Auditing.EntityChangeType.Deleted => "text-bg-danger",
        Framework.Auditing.EntityChangeType.Read => "text-bg-warning",
        _ => "text-bg-primary",
    };

    private void Normalize()
    {
        Skip = PagerModel.ClampSkip(Skip);
        Max = PagerModel.ClampMax(Max);
        UserName = Limit(UserName, 256);
        EntityTypeFullName = Limit(EntityTypeFullName, 128);
        Record = Limit(Record, 128);
    }

    /// <summary>A record is asked for by its id when the box holds one, else by part of its name.</summary>
    private AuditLogListInput ListInput() => new()
    {
        UserName = UserName,
        EntityTypeFullName = EntityTypeFullName,
        EntityChangeType = EntityChangeType,
        EntityId = Guid.TryParse(Record, out var id) ? id.ToString() : null,
        EntityName = Guid.TryParse(Record, out _) ? null : Record,
        StartDate = From,
        EndDate = To,
    };

    private Dictionary<string, string?> Filters() => ListQuery.RouteValues(
        ("userName", UserName), ("entityTypeFullName", EntityTypeFullName), ("entityChangeType", EntityChangeType),
        ("record", Record), ("from", From), ("to", To));

    private static string? Limit(string? value, int length)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed[..Math.Min(trimmed.Length, length)];
    }
}
