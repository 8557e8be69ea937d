using System.Linq.Expressions;
using Humanitarian.Beneficiaries.Entities;
using Humanitarian.Beneficiaries.Localization;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Beneficiaries.Services.Reorganisation;

/// <summary>
/// Beneficiaries' part in a merger or dissolution. An address is a person or facility of the territory,
/// whatever its state: it goes where its commune goes (the heir, or the commune's own successor when a
/// district is dissolved), and its sponsorships, deliveries and sponsor requests go with it, so its whole
/// history stays one dossier. Rows move in the database: a province may have hundreds of thousands of
/// addresses. Survey rounds and delivery verifications stay the predecessor's record, which the heir reads.
/// </summary>
public sealed class BeneficiariesReorganisationParticipant(
    IRepository<HumanitarianAddress, Guid> addresses,
    IRepository<Sponsorship, Guid> sponsorships,
    IRepository<SupportDelivery, Guid> deliveries,
    IRepository<NotDuplicatePair, Guid> notDuplicates,
    IRepository<SponsorRequest, Guid> sponsorRequests,
    IStringLocalizer<BeneficiariesResource> l) : ITenantReorganisationParticipant, ITransientDependency
{
    /// <summary>After Organization (units and areas) and Campaigns.</summary>
    public int Order => 40;

    public async Task<IReadOnlyList<TenantReorganisationLine>> ReorganiseAsync(TenantReorganisationContext context)
    {
        var moved = new Counts();
        var notes = new List<string>();
        foreach (var successor in context.AreaSuccessors.Where(s => s.Value.Id != context.Heir.Id).GroupBy(s => s.Value.Id))
        {
            var areaIds = successor.Select(s => s.Key).ToList();
            var count = await MoveAsync(a => a.CommuneId != null && areaIds.Contains(a.CommuneId.Value), successor.Key, moved);
            if (count > 0)
            {
                notes.Add(l["Reorganisation:AddressesElsewhere", count, successor.First().Value.DisplayName].Value);
            }
        }
        await MoveAsync(_ => true, context.Heir.Id, moved);
        return
        [
            Line(l["Reorganisation:Addresses"], moved.Addresses, notes),
            Line(l["Reorganisation:Sponsorships"], moved.Sponsorships, []),
            Line(l["Reorganisation:Deliveries"], moved.Deliveries, []),
        ];
    }

    /// <summary>
    /// The children first, picked by their address while it is still the source's; the addresses by the
    /// predicate itself, since MySQL cannot update a table it reads in a subquery.
    /// </summary>
    private async Task<int> MoveAsync(Expression<Func<HumanitarianAddress, bool>> which, Guid to, Counts moved)
    {
        var ids = (await addresses.GetQueryableAsync()).Where(which).Select(a => a.Id);
        moved.Deliveries += await (await deliveries.GetQueryableAsync()).Where(d => ids.Contains(d.HumanitarianAddressId))
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.TenantId, to));
        moved.Sponsorships += await (await sponsorships.GetQueryableAsync()).Where(s => ids.Contains(s.HumanitarianAddressId))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.TenantId, to));
        await (await notDuplicates.GetQueryableAsync()).Where(p => ids.Contains(p.FirstAddressId))
            .ExecuteUpdateAsync(u => u.SetProperty(p => p.TenantId, to));
        await (await sponsorRequests.GetQueryableAsync()).Where(r => ids.Contains(r.HumanitarianAddressId))
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.TenantId, to));
        var count = await (await addresses.GetQueryableAsync()).Where(which).ExecuteUpdateAsync(u => u.SetProperty(a => a.TenantId, to));
        moved.Addresses += count;
        return count;
    }

    private TenantReorganisationLine Line(string subject, int moved, IReadOnlyList<string> notes) =>
        new(l["Menu:Beneficiaries"], subject, moved, 0, notes);

    private sealed class Counts
    {
        public int Addresses { get; set; }
        public int Sponsorships { get; set; }
        public int Deliveries { get; set; }
    }
}
