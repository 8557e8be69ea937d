using Humanitarian.Framework.Text;
using Humanitarian.Fundraising.Donations;
using Humanitarian.Fundraising.Donors;
using Humanitarian.Fundraising.Funds;

namespace Humanitarian.Bench;

/// <summary>
/// A tenant's donors, donations and ledger entries as rows, as the app would have written them over
/// two years (the previous calendar year and this one up to today). Per fund and year the receipts are
/// numbered 1, 2, … in date order without gaps; the n-th fund weighs 1/n (in a province the first takes
/// 48 % of the gifts). A tenant grows by 15 % to 45 % a day over the year before, or shrinks by up to 15 %. Of the
/// gifts: a quarter without a donor (donation boxes), 70 % credited to (and collected by) a commune unit,
/// 5 % in kind, 1 % in US dollars, 0.5 % cancelled (with their reversal in the ledger). Amounts are
/// mostly small (50,000–500,000 đồng) with a long tail to 500 million. Donors: one per eight gifts, some
/// giving far more often than others; most people, some businesses; half agree to be named.
/// </summary>
public sealed class DonationRows(DateOnly today)
{
    private const double Anonymous = 0.25;
    private const double Credited = 0.7;
    private const long UsdRate = 25_400;

    private static readonly string[] DonationColumns =
    [
        "Id", "TenantId", "FundId", "DonorId", "Date", "ReceiptYear", "ReceiptSequence", "ReceiptNumber", "Kind", "Amount",
        "Currency", "ForeignAmount", "ExchangeRate", "Description", "CollectingUnitId", "CreditedUnitId", "IsCancelled",
        "CancellationReason", "CancellationTime", "ConcurrencyStamp", "CreationTime",
    ];

    private static readonly string[] LedgerColumns = ["Id", "TenantId", "FundId", "Date", "Kind", "Amount", "DonationId", "CreationTime"];

    private static readonly string[] DonorColumns =
    [
        "Id", "TenantId", "Name", "NormalizedName", "Kind", "IsForeign", "Phone", "IsAnonymous", "PublishName",
        "PublishNameRecordedTime", "PublishNameRecordedBy", "ConcurrencyStamp", "CreationTime", "IsDeleted",
    ];

    private static readonly string[] Families = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"];
    private static readonly string[] Middles = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quang"];
    private static readonly string[] Givens = ["An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hải", "Hoa", "Hùng", "Lan", "Long", "Mai", "Nam", "Phúc", "Quân", "Thảo", "Trang", "Tuấn"];
    private static readonly string[] Trades = ["Thương mại", "Xây dựng", "Dược phẩm", "Thực phẩm", "Vận tải", "Công nghệ"];

    private readonly Dictionary<(Guid Fund, int Year), int> _lastNumbers = [];
    private readonly Dictionary<Guid, (Guid Tenant, long Balance)> _balances = [];

    public sealed record Loaded(int Donors, int LedgerEntries);

    public async Task<Loaded> LoadTenantAsync(BulkTableWriter writer, FundraisingScaleData.Tenant tenant, int count, Random random)
    {
        var donors = Donors(tenant.Id, Math.Max(20, count / 8), random);
        await writer.WriteAsync("FndDonors", DonorColumns, donors);
        var donorIds = donors.Select(d => (Guid)d[0]!).ToList();
        var growth = 0.85 + random.NextDouble() * 0.6;
        var (lastYear, thisYear) = (new DateOnly(today.Year - 1, 1, 1), new DateOnly(today.Year, 1, 1));
        var (daysBefore, daysNow) = (thisYear.DayNumber - lastYear.DayNumber, today.DayNumber - thisYear.DayNumber + 1);
        var weights = tenant.Funds.Select((_, i) => 1.0 / (i + 1)).ToList();
        var perFund = Spread(count, weights);
        perFund[0] += count - perFund.Sum();
        var entries = 0;
        for (var f = 0; f < tenant.Funds.Count; f++)
        {
            var inFund = perFund[f];
            var previous = (int)(inFund * (double)daysBefore / (daysBefore + daysNow * growth));
            var (donations, ledger) = (new List<object?[]>(inFund), new List<object?[]>(inFund + inFund / 100));
            foreach (var (year, n, first, days) in new[] { (lastYear.Year, previous, lastYear, daysBefore), (today.Year, inFund - previous, thisYear, daysNow) })
            {
                var dates = Enumerable.Range(0, n).Select(_ => first.AddDays(random.Next(days))).Order().ToList();
                for (var k = 0; k < n; k++)
                {
                    Gift(tenant, tenant.Funds[f], year, k + 1, dates[k], donorIds, random, donations, ledger);
                }
                _lastNumbers[(tenant.Funds[f], year)] = n;
            }
            await writer.WriteAsync("FndDonations", DonationColumns, donations);
            await writer.WriteAsync("FndFundLedgerEntries", LedgerColumns, ledger);
            entries += ledger.Count;
        }
        return new Loaded(donors.Count, entries);
    }

    /// <summary>What the ledger left: each fund's last receipt number per year, and its balance (the sum of its entries).</summary>
    public async Task WriteSequencesAndBalancesAsync(BulkTableWriter writer)
    {
        var sequences = _lastNumbers.Where(s => s.Value > 0)
            .Select(s => new object?[] { s.Key.Fund, s.Key.Year, _balances[s.Key.Fund].Tenant, s.Value }).ToList();
        await writer.WriteAsync("FndReceiptSequences", ["FundId", "Year", "TenantId", "LastNumber"], sequences);
        foreach (var (fund, (_, balance)) in _balances)
        {
            await writer.ExecuteAsync("UPDATE FndFunds SET Balance = @p0 WHERE Id = @p1", balance, fund);
        }
    }

    private void Gift(FundraisingScaleData.Tenant tenant, Guid fund, int year, int sequence, DateOnly date, List<Guid> donors, Random random,
        List<object?[]> donations, List<object?[]> ledger)
    {
        var id = Guid.NewGuid();
        var created = date.ToDateTime(new TimeOnly(1, 0)).AddMinutes(random.Next(540));
        Guid? donor = random.NextDouble() < Anonymous ? null : donors[(int)(donors.Count * Math.Pow(random.NextDouble(), 2))];
        Guid? unit = random.NextDouble() < Credited ? tenant.Units[random.Next(tenant.Units.Count)] : null;
        var roll = random.Next(1000);
        var kind = roll < 50 ? DonationKind.InKind : DonationKind.Cash;
        var (amount, currency, foreign, rate) = roll is >= 50 and < 60 ? Usd(random) : (Amount(random), null, null, null);
        var cancelled = roll >= 995;
        donations.Add(
        [
            id, tenant.Id, fund, donor, date, year, sequence, $"{year:D4}/{sequence:D6}", kind.ToString(), amount,
            currency, foreign, rate, kind == DonationKind.InKind ? "Gạo, mì tôm, nước uống (quy đổi)" : null, unit, unit, cancelled,
            cancelled ? "Ghi nhầm quỹ" : null, cancelled ? created.AddDays(1) : null, Guid.NewGuid().ToString("N"), created,
        ]);
        ledger.Add([Guid.NewGuid(), tenant.Id, fund, date, nameof(LedgerEntryKind.Donation), amount, id, created]);
        if (cancelled)
        {
            var reversed = DateOnly.FromDateTime(created.AddDays(1));
            ledger.Add([Guid.NewGuid(), tenant.Id, fund, reversed, nameof(LedgerEntryKind.DonationCancelled), -amount, id, created.AddDays(1)]);
        }
        _balances[fund] = (tenant.Id, _balances.GetValueOrDefault(fund).Balance + (cancelled ? 0 : amount));
    }

    /// <summary>Đồng, in tens of thousands: 60 % up to 500,000, 30 % to 5 million, 8 % to 50 million, 2 % to 500 million.</summary>
    private static long Amount(Random random)
    {
        var roll = random.NextDouble();
        var (low, high) = roll < 0.6 ? (50_000L, 500_000L) : roll < 0.9 ? (500_000L, 5_000_000L) : roll < 0.98 ? (5_000_000L, 50_000_000L) : (50_000_000L, 500_000_000L);
        return (low + (long)(random.NextDouble() * (high - low))) / 10_000 * 10_000;
    }

    /// <summary>A gift in dollars, fixed in đồng at the day's rate as <c>DonationAmount.Of</c> does.</summary>
    private static (long, string?, decimal?, decimal?) Usd(Random random)
    {
        var dollars = 10m * random.Next(1, 200);
        return ((long)(dollars * UsdRate), "USD", dollars, UsdRate);
    }

    private static List<object?[]> Donors(Guid tenantId, int count, Random random)
    {
        var now = DateTime.UtcNow;
        return Enumerable.Range(0, count).Select(i =>
        {
            var business = i % 7 == 6;
            var name = business
                ? $"Công ty TNHH {Trades[i % Trades.Length]} {Givens[i / 7 % Givens.Length]} {i}"
                : $"{Families[random.Next(Families.Length)]} {Middles[random.Next(Middles.Length)]} {Givens[random.Next(Givens.Length)]}";
            var published = random.Next(2) == 0;
            return new object?[]
            {
                Guid.NewGuid(), tenantId, name, SearchText.Normalize(name), (business ? DonorKind.Business : DonorKind.Individual).ToString(), false,
                $"09{random.Next(100_000_000):D8}", false, published, now, "admin", Guid.NewGuid().ToString("N"), now, false,
            };
        }).ToList();
    }

    /// <summary><paramref name="total"/> in parts proportional to <paramref name="weights"/>, rounded down.</summary>
    private static List<int> Spread(int total, List<double> weights) => weights.Select(w => (int)(total * w / weights.Sum())).ToList();
}
