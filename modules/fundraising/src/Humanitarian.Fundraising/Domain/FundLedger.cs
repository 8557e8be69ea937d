using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.EntityFrameworkCore;
using Humanitarian.Fundraising.Entities;
using Humanitarian.Fundraising.Funds;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Fundraising.Domain;

/// <summary>
/// Moves money in and out of funds: a ledger entry for each movement, and the fund's (and restriction's)
/// balance changed by the same amount in the same transaction.
/// <para>
/// Balances change through single <c>UPDATE … SET Balance = Balance ± x WHERE …</c> statements, not by
/// loading the fund and saving it: the statement reads the latest committed row and locks it until the
/// transaction ends, so two requests at once (or two app servers) queue instead of overwriting each
/// other, and a withdrawal's "not below zero" is checked in its WHERE against that latest row. Every
/// movement changes the fund first, so the receipt sequence and the restrictions, touched next, are only
/// ever changed by one transaction per fund at a time: no gaps, no duplicates, no deadlock.
/// </para>
/// <para>
/// A row is read back only after this transaction changed it: MariaDB's plain SELECT reads the snapshot
/// taken at the transaction's first read, which may predate a row another request has since committed,
/// but it always sees the transaction's own changes. An UPDATE that matched nothing means there is no such
/// row in the latest data, so inserting it is safe under the fund's lock.
/// </para>
/// </summary>
public sealed class FundLedger(IAbpEfCoreDbContext db) : ITransientDependency
{
    /// <summary>Adds the donation to its fund (and to its restriction, made on first use) and numbers its receipt.</summary>
    public async Task ReceiveAsync(Donation donation, string? restriction)
    {
        RequireTransaction();
        var restricted = !string.IsNullOrWhiteSpace(restriction);
        await MoveAsync(donation.FundId, donation.Amount, restricted ? donation.Amount : 0, funds => funds);
        if (restricted)
        {
            var amount = donation.Amount;
            var rows = Restrictions(donation.FundId, FundRestriction.Normalize(restriction!));
            var row = await rows.ExecuteUpdateAsync(u => u.SetProperty(r => r.Balance, r => r.Balance + amount)) > 0
                ? await rows.AsNoTracking().SingleAsync()
                : await InsertAsync(new FundRestriction(Guid.NewGuid(), donation.FundId, restriction!, amount));
            donation.Restrict(row);
        }
        donation.Number(await NextReceiptNumberAsync(donation.FundId, donation.Date.Year));
        Add(new FundLedgerEntry(Guid.NewGuid(), donation.FundId, donation.Date, LedgerEntryKind.Donation, donation.Amount,
            donation.RestrictionId, donation.Id, null));
    }

    /// <summary>Takes a cancelled donation's amount back; refused when that money has been spent since.</summary>
    public async Task ReverseAsync(Donation donation, DateOnly today)
    {
        RequireTransaction();
        var restrictions = db.Set<FundRestriction>().Where(r => r.Id == donation.RestrictionId);
        await WithdrawAsync(donation.FundId, donation.Amount, donation.RestrictionId is null ? null : restrictions,
            FundraisingErrorCodes.CancellationSpent, "Id");
        Add(new FundLedgerEntry(Guid.NewGuid(), donation.FundId, today, LedgerEntryKind.DonationCancelled, -donation.Amount,
            donation.RestrictionId, donation.Id, null));
    }

    /// <summary>Pays the disbursement from the fund's unrestricted money, or from its restriction when it names one.</summary>
    public async Task DisburseAsync(Disbursement disbursement, string? restriction)
    {
        RequireTransaction();
        var rows = string.IsNullOrWhiteSpace(restriction) ? null : Restrictions(disbursement.FundId, FundRestriction.Normalize(restriction));
        await WithdrawAsync(disbursement.FundId, disbursement.Amount, rows,
            rows is null ? FundraisingErrorCodes.InsufficientBalance : FundraisingErrorCodes.InsufficientRestrictedBalance, "Amount");
        if (rows is not null)
        {
            disbursement.Restrict(await rows.AsNoTracking().SingleAsync());
        }
        Add(new FundLedgerEntry(Guid.NewGuid(), disbursement.FundId, disbursement.Date, LedgerEntryKind.Disbursement,
            -disbursement.Amount, disbursement.RestrictionId, null, disbursement.Id));
    }

    /// <param name="restriction">The restriction to spend (one row or none), or null for the unrestricted money.</param>
    private async Task WithdrawAsync(Guid fundId, long amount, IQueryable<FundRestriction>? restriction, string refusal, string member)
    {
        if (restriction is null)
        {
            if (!await MoveAsync(fundId, -amount, 0, funds => funds.Where(f => f.Balance - f.RestrictedBalance >= amount)))
            {
                var fund = await Funds(fundId).Select(f => new { f.Balance, f.RestrictedBalance }).SingleAsync();
                throw new BusinessException(refusal).WithData("balance", Vnd.Format(fund.Balance - fund.RestrictedBalance)).WithMember(member);
            }
            return;
        }
        await MoveAsync(fundId, -amount, -amount, funds => funds);
        if (await restriction.Where(r => r.Balance >= amount).ExecuteUpdateAsync(u => u.SetProperty(r => r.Balance, r => r.Balance - amount)) == 0)
        {
            // Read only for the message; the refusal rolls the transaction back.
            var row = await restriction.AsNoTracking().SingleOrDefaultAsync();
            throw new BusinessException(refusal).WithData("balance", Vnd.Format(row?.Balance ?? 0)).WithData("restriction", row?.Name ?? "")
                .WithMember(row is null ? "Restriction" : member);
        }
    }

    /// <returns>False when <paramref name="condition"/> left the fund out (nothing changed).</returns>
    private async Task<bool> MoveAsync(Guid fundId, long amount, long restricted, Func<IQueryable<Fund>, IQueryable<Fund>> condition)
    {
        var changed = await condition(Funds(fundId)).ExecuteUpdateAsync(u => u
            .SetProperty(f => f.Balance, f => f.Balance + amount)
            .SetProperty(f => f.RestrictedBalance, f => f.RestrictedBalance + restricted));
        if (changed == 0 && !await Funds(fundId).AnyAsync())
        {
            throw new EntityNotFoundException(typeof(Fund), fundId);
        }
        return changed > 0;
    }

    private async Task<int> NextReceiptNumberAsync(Guid fundId, int year)
    {
        var sequences = db.Set<ReceiptSequence>().Where(s => s.FundId == fundId && s.Year == year);
        if (await sequences.ExecuteUpdateAsync(u => u.SetProperty(s => s.LastNumber, s => s.LastNumber + 1)) > 0)
        {
            return await sequences.AsNoTracking().Select(s => s.LastNumber).SingleAsync();
        }
        await InsertAsync(new ReceiptSequence(fundId, year));
        return 1;
    }

    /// <summary>Saved at once, so that the next movement in this transaction (an import's next row) updates it.</summary>
    private async Task<T> InsertAsync<T>(T row) where T : class
    {
        db.Set<T>().Add(row);
        await db.SaveChangesAsync();
        return row;
    }

    /// <summary>
    /// How many gifts the tenant reads (in one fund, or in all), without counting them: each gift takes the
    /// next number of its fund and year in the transaction that records it, a cancelled one keeps its number
    /// and none is deleted, so the numbers given are the gifts. A province's list counted its every gift
    /// (233,000 at national scale) for each page; this sums a few rows per fund.
    /// </summary>
    public Task<long> CountReceiptsAsync(Guid? fundId)
    {
        var sequences = db.Set<ReceiptSequence>().AsNoTracking();
        return (fundId is { } id ? sequences.Where(s => s.FundId == id) : sequences).SumAsync(s => (long)s.LastNumber);
    }

    /// <summary>The current tenant's own fund: a predecessor's, which its heir reads, is a closed record.</summary>
    public Task<bool> IsOpenAsync(Guid fundId) => Funds(fundId).AnyAsync();

    private IQueryable<Fund> Funds(Guid fundId) => db.Set<Fund>().Where(f => f.Id == fundId && f.TenantId == db.CurrentTenantId);

    private IQueryable<FundRestriction> Restrictions(Guid fundId, string normalizedName) =>
        db.Set<FundRestriction>().Where(r => r.FundId == fundId && r.NormalizedName == normalizedName);

    private void Add(FundLedgerEntry entry) => db.Set<FundLedgerEntry>().Add(entry);

    /// <summary>The balance statements run at once; without a transaction a later failure would leave them without their entry.</summary>
    private void RequireTransaction()
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Money moves only inside a transaction (a unit of work).");
        }
    }
}
