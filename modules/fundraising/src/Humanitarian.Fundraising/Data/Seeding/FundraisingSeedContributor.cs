using System.Text.Json;
using System.Text.Json.Serialization;
using Humanitarian.Framework.Data;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.EntityFrameworkCore;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Fundraising.Disbursements;
using Humanitarian.Fundraising.Domain;
using Humanitarian.Fundraising.Entities;
using Humanitarian.Organization.Committees;
using Humanitarian.Organization.Units;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Fundraising.Data.Seeding;

/// <summary>
/// The demo funds of a tenant with a <c>fundraising.json</c> (Hà Nội's epidemic fund, 2018 and 2019), written
/// through the same rules and ledger as the API, in one transaction: a tenant gets all of it or none.
/// Only for a tenant without funds yet.
/// </summary>
public sealed class FundraisingSeedContributor(
    DemoSeedFiles files, ITenantStore tenantStore, IAbpEfCoreDbContext db, IRepository<Fund, Guid> funds, FundLedger ledger,
    IUnitLookup units, ICommitteeLookup committees, TimeProvider clock) : IDataSeedContributor
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>After Organization's units and committees (10) and Campaigns (20), which the donations name.</summary>
    public int Order => 30;

    public async Task SeedAsync(DataSeedContext context)
    {
        if (!files.IsEnabled || context.TenantId is not { } tenantId || await tenantStore.FindAsync(tenantId) is not { } tenant)
        {
            return;
        }
        var path = Path.Combine(files.FolderOf(tenant.Name), "fundraising.json");
        if (!File.Exists(path) || await (await funds.GetQueryableAsync()).AnyAsync())
        {
            return;
        }
        var seed = JsonSerializer.Deserialize<FundraisingSeed>(await File.ReadAllTextAsync(path), Json)!;
        await using var transaction = await db.Database.BeginTransactionAsync();
        var fundIds = await SeedFundsAsync(seed.Funds);
        var donorIds = SeedDonors(seed.Donors);
        var unitIds = await units.GetIdsByCodeAsync(seed.Donations.SelectMany(d => new[] { d.Credited, d.Collecting })
            .Concat(seed.Pledges.Select(p => p.Collecting)).Concat(seed.Disbursements.Select(d => d.RecipientUnit)).OfType<string>().Distinct());
        Guid? Unit(string? code) => code is not null && unitIds.TryGetValue(code, out var id) ? id : null;
        Guid? Donor(string? name) => name is not null ? donorIds[name] : null;

        foreach (var row in seed.Donations)
        {
            var amount = DonationAmount.Of(row.Kind, row.Amount, row.Currency, row.ForeignAmount, row.ExchangeRate);
            var donation = new Donation(Guid.NewGuid(), fundIds[row.Fund], Donor(row.Donor), row.Date, amount, row.Description,
                (Unit(row.Collecting), Unit(row.Credited), null));
            await ReceiveAsync(donation, row.Restriction);
            if (row.CancelReason is not null)
            {
                donation.Cancel(row.CancelReason, clock.GetUtcNow().UtcDateTime, null);
                await ledger.ReverseAsync(donation, row.Date.AddDays(3));
            }
        }
        foreach (var row in seed.Pledges)
        {
            var pledge = new Pledge(Guid.NewGuid(), fundIds[row.Fund], donorIds[row.Donor]);
            pledge.Set(row.Amount, row.DueDate, null, Unit(row.Collecting), row.Note);
            db.Set<Pledge>().Add(pledge);
            foreach (var payment in row.Paid)
            {
                var donation = new Donation(Guid.NewGuid(), pledge.FundId, pledge.DonorId, payment.Date,
                    DonationAmount.Of(Donations.DonationKind.Cash, payment.Amount, null, null, null), null, (pledge.CollectingUnitId, null, null));
                donation.Fulfil(pledge);
                await ReceiveAsync(donation, null);
            }
        }
        foreach (var row in seed.Disbursements)
        {
            var recipient = Unit(row.RecipientUnit);
            var disbursement = new Disbursement(Guid.NewGuid(), fundIds[row.Fund], row.Date, row.Amount, row.Kind, row.Purpose,
                recipient is null ? DisbursementRecipientKind.Programme : DisbursementRecipientKind.Unit, recipient, null);
            await ledger.DisburseAsync(disbursement, row.Restriction);
            db.Set<Disbursement>().Add(disbursement);
        }
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }

    private async Task ReceiveAsync(Donation donation, string? restriction)
    {
        await ledger.ReceiveAsync(donation, restriction);
        db.Set<Donation>().Add(donation);
        // Saved row by row: the next donation's receipt number reads this one's.
        await db.SaveChangesAsync();
    }

    private async Task<Dictionary<string, Guid>> SeedFundsAsync(List<FundSeed> rows)
    {
        var ids = new Dictionary<string, Guid>();
        foreach (var row in rows)
        {
            var committee = row.Committee is null ? null : await committees.FindByNameAsync(row.Committee);
            var fund = new Fund(Guid.NewGuid(), row.Code, row.Name, committee, row.IsTransparent);
            db.Set<Fund>().Add(fund);
            ids[row.Code] = fund.Id;
        }
        await db.SaveChangesAsync();
        return ids;
    }

    private Dictionary<string, Guid> SeedDonors(List<DonorSeed> rows)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return rows.ToDictionary(row => row.Name, row =>
        {
            var donor = new Donor(Guid.NewGuid(), row.Name, row.Kind);
            donor.SetContacts(row.IsForeign, row.TaxCode, row.Phone, row.Email, null);
            donor.SetPublication(row.IsAnonymous, row.PublishName, now, "demo");
            db.Set<Donor>().Add(donor);
            return donor.Id;
        });
    }
}
