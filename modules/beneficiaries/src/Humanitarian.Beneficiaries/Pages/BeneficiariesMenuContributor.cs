using Humanitarian.Beneficiaries.Entities;
using Humanitarian.Beneficiaries.Localization;
using Humanitarian.Beneficiaries.Permissions;
using Humanitarian.Beneficiaries.SponsorRequests;
using Humanitarian.Framework.Authorization;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.UI.Navigation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Humanitarian.Beneficiaries.Pages;

/// <summary>Names of the module's menu entries.</summary>
public static class BeneficiariesMenus
{
    public const string Prefix = "Beneficiaries";
    public const string Addresses = Prefix + ".Addresses";
    public const string Sponsorships = Prefix + ".Sponsorships";
    public const string SurveyRounds = Prefix + ".SurveyRounds";
    public const string Verifications = Prefix + ".Verifications";
    public const string Settings = Prefix + ".Settings";
    public const string SponsorRequests = Prefix + ".SponsorRequests";
}

/// <summary>The module's pages in the main menu: one "Địa chỉ nhân đạo" group behind the module's permission.</summary>
public sealed class BeneficiariesMenuContributor : IMenuContributor
{
    public async Task ConfigureMenuAsync(MenuConfigurationContext context)
    {
        var l = context.GetLocalizer<BeneficiariesResource>();
        var beneficiaries = new ApplicationMenuItem(
            BeneficiariesMenus.Prefix, l["Menu:Beneficiaries"], url: null, "fa-solid fa-house-chimney-user", order: 400,
            BeneficiariesPermissions.Default);
        // Addresses sit in a tenant's communes, and everything else hangs off them: the host (national level) has
        // none, only the national sponsorship floor it sets.
        if (context.ServiceProvider.GetRequiredService<ICurrentTenant>().IsAvailable)
        {
            var pending = await CountPendingRequestsAsync(context.ServiceProvider);
            beneficiaries
                .AddItem(new ApplicationMenuItem(BeneficiariesMenus.Addresses, l["Menu:Addresses"], "~/Beneficiaries/Addresses",
                    "fa-solid fa-address-book", order: 10, BeneficiariesPermissions.Addresses.Default))
                .AddItem(new ApplicationMenuItem(BeneficiariesMenus.Sponsorships, l["Menu:Sponsorships"], "~/Beneficiaries/Sponsorships",
                    "fa-solid fa-handshake-angle", order: 20, BeneficiariesPermissions.Sponsorships.Default))
                .AddItem(new ApplicationMenuItem(BeneficiariesMenus.SurveyRounds, l["Menu:SurveyRounds"], "~/Beneficiaries/SurveyRounds",
                    "fa-solid fa-clipboard-list", order: 25, BeneficiariesPermissions.SurveyRounds.Default))
                .AddItem(new ApplicationMenuItem(BeneficiariesMenus.Verifications, l["Menu:Verifications"], "~/Beneficiaries/Verifications",
                    "fa-solid fa-clipboard-check", order: 27, BeneficiariesPermissions.Verifications.Default))
                .AddItem(new ApplicationMenuItem(BeneficiariesMenus.SponsorRequests,
                    pending > 0 ? l["Menu:SponsorRequestsPending", pending] : l["Menu:SponsorRequests"], "~/Beneficiaries/SponsorRequests",
                    "fa-solid fa-hand-holding-heart", order: 22, BeneficiariesPermissions.SponsorRequests.Default));
        }
        beneficiaries.AddItem(new ApplicationMenuItem(BeneficiariesMenus.Settings, l["Menu:SponsorshipSettings"], "~/Beneficiaries/Settings",
            "fa-solid fa-sliders", order: 30, BeneficiariesPermissions.Settings));
        context.AddItem(beneficiaries);
    }

    /// <summary>Requests waiting for a decision, counted in the menu for those who may read them (one indexed count).</summary>
    private static async Task<int> CountPendingRequestsAsync(IServiceProvider services)
    {
        if (!await services.GetRequiredService<IPermissionChecker>().IsGrantedAsync(BeneficiariesPermissions.SponsorRequests.Default))
        {
            return 0;
        }
        var requests = await services.GetRequiredService<IRepository<SponsorRequest, Guid>>().GetQueryableAsync();
        return await requests.CountAsync(r => r.Status == SponsorRequestStatus.Pending);
    }
}
