using Humanitarian.Framework.UI.Navigation;
using Humanitarian.Fundraising.Localization;
using Humanitarian.Fundraising.Permissions;

namespace Humanitarian.Fundraising.Pages;

/// <summary>Names of the module's menu entries.</summary>
public static class FundraisingMenus
{
    public const string Prefix = "Fundraising";
    public const string Funds = Prefix + ".Funds";
    public const string Donors = Prefix + ".Donors";
    public const string Donations = Prefix + ".Donations";
    public const string Pledges = Prefix + ".Pledges";
    public const string Disbursements = Prefix + ".Disbursements";
}

/// <summary>The module's pages in the main menu: one "Vận động tài chính" group behind the module's permission.</summary>
public sealed class FundraisingMenuContributor : IMenuContributor
{
    public Task ConfigureMenuAsync(MenuConfigurationContext context)
    {
        var l = context.GetLocalizer<FundraisingResource>();
        context.AddItem(new ApplicationMenuItem(
                FundraisingMenus.Prefix, l["Menu:Fundraising"], url: null, "fa-solid fa-sack-dollar", order: 500,
                FundraisingPermissions.Default)
            .AddItem(new ApplicationMenuItem(FundraisingMenus.Funds, l["Menu:Funds"], "~/Fundraising/Funds",
                "fa-solid fa-piggy-bank", order: 10, FundraisingPermissions.Funds.Default))
            .AddItem(new ApplicationMenuItem(FundraisingMenus.Donations, l["Menu:Donations"], "~/Fundraising/Donations",
                "fa-solid fa-hand-holding-dollar", order: 20, FundraisingPermissions.Donations.Default))
            .AddItem(new ApplicationMenuItem(FundraisingMenus.Pledges, l["Menu:Pledges"], "~/Fundraising/Pledges",
                "fa-solid fa-handshake", order: 25, FundraisingPermissions.Pledges.Default))
            .AddItem(new ApplicationMenuItem(FundraisingMenus.Disbursements, l["Menu:Disbursements"], "~/Fundraising/Disbursements",
                "fa-solid fa-money-bill-transfer", order: 30, FundraisingPermissions.Disbursements.Default))
            .AddItem(new ApplicationMenuItem(FundraisingMenus.Donors, l["Menu:Donors"], "~/Fundraising/Donors",
                "fa-solid fa-people-group", order: 40, FundraisingPermissions.Donors.Default)));
        return Task.CompletedTask;
    }
}
