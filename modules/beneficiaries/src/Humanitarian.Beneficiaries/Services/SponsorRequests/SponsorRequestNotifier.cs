using Humanitarian.Beneficiaries.Entities;
using Humanitarian.Beneficiaries.Localization;
using Humanitarian.Beneficiaries.Permissions;
using Humanitarian.Beneficiaries.Public;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Authorization;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Emailing;
using Humanitarian.Framework.EntityFrameworkCore;
using Humanitarian.Framework.Localization;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Beneficiaries.Services.SponsorRequests;

/// <summary>
/// Tells the chapter a request came: an e-mail through the outbox (so it leaves only if the request is
/// saved) to each active user of the current tenant whose role may decide on requests. It names the need
/// as the catalogue does — category and commune — and links to the request; neither the beneficiary's nor
/// the requester's personal data travels by e-mail.
/// </summary>
public sealed class SponsorRequestNotifier(
    IAbpEfCoreDbContext dbContext, IExternalRoleLookupServiceProvider roles, IEmailSender emails, AppUrls appUrls,
    IStringLocalizer<BeneficiariesResource> l) : ITransientDependency
{
    /// <summary>The chapter works in Vietnamese whatever language the requester read the page in.</summary>
    private const string CultureName = "vi-VN";

    public async Task QueueAsync(SponsorRequest request, PublicNeedDto need, string tenantName)
    {
        var roleNames = await dbContext.Set<PermissionGrant>().AsNoTracking()
            .Where(g => g.ProviderName == PermissionGrant.RoleProvider && g.Name == BeneficiariesPermissions.SponsorRequests.Decide)
            .Select(g => g.ProviderKey).Distinct().ToListAsync();
        var recipients = new List<IUserData>();
        foreach (var roleName in roleNames.Order(StringComparer.Ordinal))
        {
            recipients.AddRange((await roles.GetActiveUsersInRoleAsync(roleName)).Where(u => !string.IsNullOrWhiteSpace(u.Email)));
        }
        using var inVietnamese = CultureScope.UseTexts(CultureName);
        var link = appUrls.Link($"/Beneficiaries/SponsorRequests/Details/{request.Id}?{TenantResolutionMiddleware.TenantKey}={Uri.EscapeDataString(tenantName)}");
        var category = l["AddressCategory:" + need.Category].Value;
        var commune = string.IsNullOrWhiteSpace(need.Commune) ? l["SponsorRequestEmail:NoCommune"].Value : need.Commune;
        var subject = l["SponsorRequestEmail:Subject", commune].Value;
        var body = l["SponsorRequestEmail:Body", category, commune, link].Value;
        foreach (var user in recipients.DistinctBy(u => u.Email!.Trim().ToUpperInvariant()))
        {
            await emails.QueueAsync(user.Email!.Trim(), subject, body, isBodyHtml: false, deduplicationKey: $"sponsor-request:{request.Id:N}:{user.Id:N}");
        }
    }
}
