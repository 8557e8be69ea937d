using Humanitarian.Framework.Application;
using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Humanitarian.Framework.Emailing;
using Humanitarian.Web.Authorization;
using Humanitarian.Web.Emailing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace Humanitarian.Web.Pages.Emailing;

/// <summary>The tenant's outbox, newest first: by status, recipient and the day a message was queued.</summary>
[Authorize(SettingManagementPermissions.Emailing)]
public sealed class IndexModel(IEmailMessageAppService outbox) : HumanitarianPageModel
{
    [BindProperty(SupportsGet = true)]
    public ListQuery Query { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "status")]
    public EmailMessageStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public DateOnly? To { get; set; }

    public PagedResultDto<EmailMessageDto> Result { get; private set; } = new();
    public PagerModel Pager { get; private set; } = null!;

    public bool IsFiltered => Query.Filter is not null || Status is not null || From is not null || To is not null;

    public async Task OnGetAsync()
    {
        ModelState.Clear(); // a malformed ?skip=, ?status= or date falls back to no filter, it is no form error
        Query.Normalize();
        Result = await outbox.GetListAsync(new EmailMessageListInput
        {
            Filter = Query.Filter, Status = Status, CreationDateFrom = From, CreationDateTo = To,
            SkipCount = Query.Skip, MaxResultCount = Query.Max,
        });
        Pager = Query.Pager(Result.TotalCount, ("status", Status), ("from", From), ("to", To));
    }

    /// <summary>The Excel export of what the list shows (all pages).</summary>
    public string ExportUrl =>
        QueryHelpers.AddQueryString(Url.Content("~/api/app/email-message/export-excel"), ListQuery.RouteValues(
                ("filter", Query.Filter), ("status", Status), ("creationDateFrom", From), ("creationDateTo", To))
            .Where(v => !string.IsNullOrEmpty(v.Value)));
}
