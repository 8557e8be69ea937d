using Humanitarian.Framework.Application;
using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Humanitarian.Framework.Auditing;
using Humanitarian.Web.Auditing;
using Humanitarian.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Web.Pages.AuditLogs;

/// <summary>Who changed what and when, in the current tenant (or the host), newest first.</summary>
[Authorize(AuditLoggingPermissions.AuditLogs)]
public sealed class IndexModel(IAuditLogAppService auditLogAppService) : HumanitarianPageModel
{
    [BindProperty(SupportsGet = true, Name = "userName")]
    public string? UserName { get; set; }

    [BindProperty(SupportsGet = true, Name = "entityType")]
    public string? EntityType { get; set; }

    [BindProperty(SupportsGet = true, Name = "skip")]
    public int Skip { get; set; }

    [BindProperty(SupportsGet = true, Name = "max")]
    public int Max { get; set; } = PagerModel.DefaultMax;

    public PagedResultDto<AuditLogDto> Result { get; private set; } = new();
    public PagerModel Pager { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        ModelState.Clear(); // a malformed ?skip= or ?max= falls back to the default
        Skip = PagerModel.ClampSkip(Skip);
        Max = PagerModel.ClampMax(Max);
        UserName = Limit(UserName, 256);
        EntityType = Limit(EntityType, 128);
        Result = await auditLogAppService.GetListAsync(new AuditLogListInput
        {
            UserName = UserName,
            EntityType = EntityType,
            SkipCount = Skip,
            MaxResultCount = Max,
        });
        Pager = new PagerModel(Result.TotalCount, Skip, Max,
            new Dictionary<string, string?> { ["userName"] = UserName, ["entityType"] = EntityType });
    }

    /// <summary>"Humanitarian.Web.MultiTenancy.Tenant" → "Tenant".</summary>
    public static string ShortTypeName(string fullName)
    {
        var dot = fullName.LastIndexOf('.');
        return dot < 0 ? fullName : fullName[(dot + 1)..];
    }

    public string ChangeTypeName(EntityChangeType type) => L["EntityChangeType:" + type];

    public static string ChangeTypeBadge(EntityChangeType type) => type switch
    {
        EntityChangeType.Created => "text-bg-success",
        EntityChangeType.Deleted => "text-bg-danger",
        EntityChangeType.Read => "text-bg-warning",
        _ => "text-bg-primary",
    };

    private static string? Limit(string? value, int length)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed[..Math.Min(trimmed.Length, length)];
    }
}
