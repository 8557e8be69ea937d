using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.UI.SettingManagement;
using Humanitarian.Web.Authorization;
using Humanitarian.Web.Localization;
using Humanitarian.Web.SettingManagement;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Web.Pages.Shared.Components.EmailSettingsSummary;

/// <summary>What the settings page shows of the e-mail group: the values in force, and which come from the national level.</summary>
public sealed record EmailSettingsSummaryModel(EmailSettingsDto Settings, bool IsHost)
{
    /// <summary>A tenant sends through the national server: its address and credentials are the host's and stay unseen.</summary>
    public bool UsesNationalServer => !IsHost && Settings.IsSmtpServerInherited;
}

public sealed class EmailSettingsSummaryViewComponent(IEmailSettingsAppService emailSettings, ICurrentTenant currentTenant) : ViewComponent
{
    public const string Name = "EmailSettingsSummary";

    /// <summary>The e-mail group of the settings page, edited at <c>/SettingManagement/Emailing</c>.</summary>
    public static readonly SettingPageGroup Group = new("Emailing", typeof(HumanitarianResource), "EmailSettings:Title",
        "~/SettingManagement/Emailing", Order: 10, SettingManagementPermissions.Emailing)
    {
        Icon = "fa-solid fa-envelope",
        SummaryViewComponentName = Name,
    };

    public async Task<IViewComponentResult> InvokeAsync() =>
        View(new EmailSettingsSummaryModel(await emailSettings.GetAsync(), currentTenant.Id is null));
}
