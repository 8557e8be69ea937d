using System.ComponentModel.DataAnnotations;
using System.Net.Mail;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.EntityFrameworkCore;
using Humanitarian.Framework.Excel;
using Humanitarian.Framework.Excel.Import;
using Humanitarian.Framework.Text;
using Humanitarian.Organization.Entities;
using Humanitarian.Organization.Localization;
using Humanitarian.Organization.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Organization.Services.Excel;

/// <summary>
/// Imports units and their contacts from a sheet, one contact per row: the first row of a code declares
/// the unit, later rows of the same code add contacts (their unit columns empty or the same). A parent
/// is an existing unit in the caller's scope or a unit declared anywhere in the file; parents are
/// written before their children. Every row is checked before anything is written.
/// </summary>
public sealed class UnitImporter(
    IRepository<Unit, Guid> units,
    IRepository<AdministrativeArea, Guid> areas,
    IUnitScope unitScope,
    IAbpEfCoreDbContext dbContext,
    ExcelSheetReader reader,
    IStringLocalizer<OrganizationResource> l) : ITransientDependency
{
    /// <summary>Units saved per round trip; progress is reported after each.</summary>
    private const int SaveBatchSize = 100;

    // The headers are the export's, so an exported sheet can be filled in and imported elsewhere.
    internal static readonly ExcelColumn[] Columns =
    [
        new("code", "Excel:Unit:Code", Required: true, "unitCode"),
        new("name", "Excel:Unit:Name", Required: true, "unitName"),
        new("kind", "Excel:Unit:Kind", Required: true, "unitKind"),
        new("parentCode", "Excel:Unit:ParentCode", false, "parentUnitCode"),
        new("areaCode", "Excel:Unit:AreaCode", false, "administrativeAreaCode"),
        new("isActive", "Excel:Unit:IsActive", false, "active"),
        new("contactName", "Excel:Contact:Name"),
        new("position", "Excel:Contact:Position", false, "contactPosition"),
        new("email", "Excel:Contact:Email", false, "contactEmail"),
        new("phone", "Excel:Contact:Phone", false, "contactPhone"),
        new("receivesReminders", "Excel:Contact:ReceivesReminders"),
    ];

    /// <summary>The data rows of an upload; a 400 when the sheet cannot be an import of units.</summary>
    internal List<ExcelRow> Read(byte[] content) => reader.Read(content, Columns, l);

    /// <param name="reportProgress">Told the number of rows done so far (checked and, when written, saved).</param>
    internal async Task<ExcelImportResultDto> ImportAsync(
        IReadOnlyList<ExcelRow> sheet, ExcelImportMode mode, bool dryRun, Action<int> reportProgress, CancellationToken cancellationToken)
    {
        var vocabulary = new ExcelVocabulary(l);
        var kinds = vocabulary.EnumWords<UnitKind>();
        var yesNo = vocabulary.YesNoWords();
        var rows = sheet.Select(r => UnitRow.Parse(r, kinds, yesNo, l)).ToList();
        var planned = Declare(rows);
        await ResolveAsync(planned, cancellationToken);
        var order = CheckTree(planned);
        // A contact row goes with its unit.
        foreach (var unit in planned.Values.Where(u => !u.Row.IsValid))
        {
            unit.ContactRows.ForEach(r => r.Errors.Add(l["ImportRowUnitRowInvalid", unit.Row.Number, unit.Row.Code!]));
        }

        var invalidRows = rows.Count(r => !r.IsValid);
        var write = !dryRun && (mode == ExcelImportMode.ValidRowsOnly || invalidRows == 0);
        if (!write)
        {
            reportProgress(rows.Count);
            return ImportRow.Report(rows, r => r.Code);
        }
        await WriteAsync(order.Where(u => u.Row.IsValid).ToList(), invalidRows, reportProgress, cancellationToken);
        return ImportRow.Report(rows, r => r.Code);
    }

    /// <summary>Groups the rows by code: the first declares the unit; the others add contacts, or repeat the code in error.</summary>
    private Dictionary<string, PlannedUnit> Declare(List<UnitRow> rows)
    {
        var planned = new Dictionary<string, PlannedUnit>(StringComparer.Ordinal);
        foreach (var row in rows.Where(r => r.NormalizedCode.Length > 0))
        {
            if (!planned.TryGetValue(row.NormalizedCode, out var unit))
            {
                row.Require(row.Name, "Excel:Unit:Name");
                row.Require(row.KindText, "Excel:Unit:Kind");
                planned[row.NormalizedCode] = new PlannedUnit(row);
            }
            else if (!row.HasContact || !row.RepeatsUnitOf(unit.Row))
            {
                row.Errors.Add(l["ImportRowDuplicateCode", row.Code!, unit.Row.Number]);
            }
            else
            {
                unit.ContactRows.Add(row);
            }
        }
        return planned;
    }

    /// <summary>Codes against the tenant's units; parents and areas to what they name.</summary>
    private async Task ResolveAsync(Dictionary<string, PlannedUnit> planned, CancellationToken cancellationToken)
    {
        // Every unit of the tenant, in scope or not: codes are unique tenant-wide.
        var existing = await (await units.GetQueryableAsync()).AsNoTracking().Where(u => u.NormalizedCode != null)
            .Select(u => new { u.Id, u.NormalizedCode }).ToDictionaryAsync(u => u.NormalizedCode!, u => u.Id, cancellationToken);
        var areaIds = await (await areas.GetQueryableAsync()).AsNoTracking().Where(a => a.NormalizedCode != null)
            .Select(a => new { a.Id, a.NormalizedCode }).ToDictionaryAsync(a => a.NormalizedCode!, a => a.Id, cancellationToken);
        var visible = await unitScope.GetVisibleUnitIdsAsync();

        foreach (var unit in planned.Values)
        {
            var row = unit.Row;
            if (existing.ContainsKey(row.NormalizedCode))
            {
                row.Errors.Add(l["ImportRowUnitCodeExists", row.Code!]);
            }
            if (row.ParentCode is null)
            {
                // A unit officer works inside their subtree: no new top-level units.
                if (visible is not null)
                {
                    row.Errors.Add(l[OrganizationErrorCodes.UnitParentRequired]);
                }
            }
            else if (row.NormalizedParentCode == row.NormalizedCode)
            {
                row.Errors.Add(l["ImportRowParentCycle", $"{row.Code} → {row.Code}"]);
            }
            // An existing unit first: a file may add children to units imported before (its own row for that code is refused).
            else if (existing.TryGetValue(row.NormalizedParentCode, out var parentId) && (visible is null || visible.Contains(parentId)))
            {
                unit.ExistingParentId = parentId;
            }
            else if (planned.TryGetValue(row.NormalizedParentCode, out var parent) && !existing.ContainsKey(row.NormalizedParentCode))
            {
                unit.FileParent = parent;
            }
            else
            {
                row.Errors.Add(l["ImportRowUnknownParent", row.ParentCode]);
            }
            if (row.AreaCode is not null)
            {
                if (areaIds.TryGetValue(SearchText.Normalize(row.AreaCode), out var areaId))
                {
                    unit.AreaId = areaId;
                }
                else
                {
                    row.Errors.Add(l["ImportRowUnknownArea", row.AreaCode]);
                }
            }
        }
    }

    /// <summary>Refuses cycles and the units below an invalid unit of the file; the units in writing order.</summary>
    private List<PlannedUnit> CheckTree(Dictionary<string, PlannedUnit> planned)
    {
        var onCycle = new HashSet<PlannedUnit>();
        foreach (var cycle in ImportGraph.FindCycles(planned.Values, u => u.FileParent))
        {
            // As the user reads a chain: child → parent → … → child.
            var chain = string.Join(" → ", cycle.Append(cycle[0]).Select(u => u.Row.Code));
            cycle.ForEach(u => u.Row.Errors.Add(l["ImportRowParentCycle", chain]));
            onCycle.UnionWith(cycle);
        }
        var order = ImportGraph.ParentsFirst(planned.Values, u => u.FileParent);
        var ordered = order.ToHashSet();
        // Below a cycle (never ordered), or below an invalid unit: parents come first, so this passes invalidity down.
        foreach (var unit in planned.Values.Where(u => !ordered.Contains(u) && !onCycle.Contains(u))
                     .Concat(order.Where(u => u.FileParent is { Row.IsValid: false })))
        {
            unit.Row.Errors.Add(l["ImportRowInvalidParentRow", unit.FileParent!.Row.Code!, unit.FileParent.Row.Number]);
        }
        return order;
    }

    private async Task WriteAsync(List<PlannedUnit> order, int doneRows, Action<int> reportProgress, CancellationToken cancellationToken)
    {
        reportProgress(doneRows);
        for (var start = 0; start < order.Count; start += SaveBatchSize)
        {
            var batch = order.Skip(start).Take(SaveBatchSize).ToList();
            foreach (var planned in batch)
            {
                var row = planned.Row;
                var unit = new Unit(Guid.NewGuid(), row.Code!, row.Name!, row.Kind!.Value, planned.ExistingParentId ?? planned.FileParent?.Entity!.Id)
                {
                    AdministrativeAreaId = planned.AreaId,
                    IsActive = row.IsActive ?? true,
                };
                foreach (var contactRow in planned.ContactRows.Where(c => c.IsValid).Prepend(row).Where(c => c.HasContact))
                {
                    contactRow.AddContactTo(unit);
                }
                planned.Entity = unit;
                await units.InsertAsync(unit, cancellationToken: cancellationToken);
            }
            await dbContext.SaveChangesAsync(cancellationToken);
            foreach (var planned in batch)
            {
                foreach (var row in planned.ContactRows.Where(c => c.IsValid).Prepend(planned.Row))
                {
                    row.Written = ExcelImportRowStatus.Imported;
                    doneRows++;
                }
            }
            reportProgress(doneRows);
        }
    }

    private sealed class PlannedUnit(UnitRow row)
    {
        /// <summary>The row declaring the unit.</summary>
        public UnitRow Row { get; } = row;

        /// <summary>Later rows of the same code, each adding a contact.</summary>
        public List<UnitRow> ContactRows { get; } = [];

        public Guid? ExistingParentId { get; set; }
        public PlannedUnit? FileParent { get; set; }
        public Guid? AreaId { get; set; }
        public Unit? Entity { get; set; }
    }

    private sealed class UnitRow(ExcelRow source, IStringLocalizer l) : ImportRow(source, l)
    {
        public string? Code { get; private set; }
        public string NormalizedCode { get; private set; } = "";
        public string? Name { get; private set; }
        public string? KindText { get; private set; }
        public UnitKind? Kind { get; private set; }
        public string? ParentCode { get; private set; }
        public string NormalizedParentCode { get; private set; } = "";
        public string? AreaCode { get; private set; }
        public bool? IsActive { get; private set; }
        public string? ContactName { get; private set; }
        public string? Position { get; private set; }
        public string? Email { get; private set; }
        public string? Phone { get; private set; }
        public bool? ReceivesReminders { get; private set; }

        public bool HasContact => ContactName is not null;

        public static UnitRow Parse(ExcelRow source, Dictionary<string, UnitKind> kinds, ExcelVocabulary.YesNo yesNo, IStringLocalizer l)
        {
            var row = new UnitRow(source, l);
            row.Code = row.Text("code", "Excel:Unit:Code", UnitConsts.MaxCodeLength);
            row.NormalizedCode = SearchText.Normalize(row.Code);
            row.Name = row.Text("name", "Excel:Unit:Name", UnitConsts.MaxNameLength);
            row.KindText = source["kind"];
            row.Kind = row.KindText is not null && kinds.TryGetValue(ExcelCells.Fold(row.KindText), out var kind) ? kind : null;
            row.ParentCode = row.Text("parentCode", "Excel:Unit:ParentCode", UnitConsts.MaxCodeLength);
            row.NormalizedParentCode = SearchText.Normalize(row.ParentCode);
            row.AreaCode = row.Text("areaCode", "Excel:Unit:AreaCode", UnitConsts.MaxCodeLength);
            row.IsActive = row.YesNo("isActive", "Excel:Unit:IsActive", yesNo);
            row.ContactName = row.Text("contactName", "Excel:Contact:Name", UnitConsts.MaxContactNameLength);
            row.Position = row.Text("position", "Excel:Contact:Position", UnitConsts.MaxContactPositionLength);
            row.Email = row.Text("email", "Excel:Contact:Email", UnitConsts.MaxContactEmailLength);
            row.Phone = row.Text("phone", "Excel:Contact:Phone", UnitConsts.MaxContactPhoneLength);
            row.ReceivesReminders = row.YesNo("receivesReminders", "Excel:Contact:ReceivesReminders", yesNo);
            row.Check();
            return row;
        }

        private void Check()
        {
            Require(Code, "Excel:Unit:Code");
            if (KindText is not null && Kind is null)
            {
                Errors.Add(L["ImportRowUnknownKind", KindText]);
            }
            if (Email is not null && !IsEmail(Email))
            {
                Errors.Add(L["ImportRowInvalidEmail", Email]);
            }
            if (Phone is not null && !new PhoneAttribute().IsValid(Phone))
            {
                Errors.Add(L["ImportRowInvalidPhone", Phone]);
            }
            if (!HasContact && (Position ?? Email ?? Phone) is not null)
            {
                Require(ContactName, "Excel:Contact:Name");
            }
            // Reminders are e-mailed: the receiver needs an address.
            if (ReceivesReminders == true && Email is null)
            {
                Errors.Add(L["ReminderContactNeedsEmail"]);
            }
        }

        /// <summary>As the API's [EmailAddress], and a plain address rather than "Name &lt;address&gt;".</summary>
        private static bool IsEmail(string text) =>
            new EmailAddressAttribute().IsValid(text) && MailAddress.TryCreate(text, out var address) && address.Address == text;

        /// <summary>A later row of the same code: its unit columns are empty or say what the first row says.</summary>
        public bool RepeatsUnitOf(UnitRow first) =>
            (Name is null || SearchText.Normalize(Name) == SearchText.Normalize(first.Name))
            && (KindText is null || Kind == first.Kind)
            && (ParentCode is null || NormalizedParentCode == first.NormalizedParentCode)
            && (AreaCode is null || SearchText.Normalize(AreaCode) == SearchText.Normalize(first.AreaCode))
            && (IsActive is null || IsActive == (first.IsActive ?? true));

        public void AddContactTo(Unit unit)
        {
            var contact = unit.AddContact(ContactName!);
            contact.Position = Position;
            contact.Email = Email;
            contact.Phone = Phone;
            contact.ReceivesReminders = ReceivesReminders ?? false;
        }
    }
}
