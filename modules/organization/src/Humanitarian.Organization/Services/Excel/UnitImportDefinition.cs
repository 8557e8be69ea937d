using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
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
/// Units and their contacts from a sheet, one contact per row: the first row of a code declares the
/// unit, later rows of the same code add contacts (their unit columns empty or the same). A parent is a
/// unit of the caller's scope or one declared anywhere in the file. Each unit and contact goes through
/// the unit API's own rules.
/// </summary>
public sealed class UnitImportDefinition(
    IUnitAppService unitAppService,
    IRepository<Unit, Guid> units,
    IRepository<AdministrativeArea, Guid> areas,
    IUnitScope unitScope,
    IStringLocalizer<OrganizationResource> l) : ExcelImportDefinition<IUnitImportItem>, ITransientDependency
{
    private readonly HashSet<ExcelRow> _contactRows = [];
    private Dictionary<string, UnitKind>? _kinds;
    private ExcelVocabulary.YesNo? _yesNo;

    // The headers are the export's, so an exported sheet can be filled in and imported elsewhere.
    public override IReadOnlyList<ExcelColumn> Columns { get; } =
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

    public override string Name => "Organization.Units";

    public override IStringLocalizer L => l;

    /// <summary>A later row of a code that only adds a contact is a record of its own, below its unit's.</summary>
    public override IEnumerable<IReadOnlyList<ExcelRow>> Group(IReadOnlyList<ExcelRow> rows)
    {
        var declaring = new Dictionary<string, ExcelRow>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var code = SearchText.Normalize(row["code"]);
            if (code.Length > 0 && !declaring.TryAdd(code, row) && row["contactName"] is not null && RepeatsUnitOf(row, declaring[code]))
            {
                _contactRows.Add(row);
            }
        }
        return base.Group(rows);
    }

    public override void Map(ExcelImportRecord<IUnitImportItem> record)
    {
        var row = record.Row;
        _kinds ??= new ExcelVocabulary(l).EnumWords<UnitKind>();
        _yesNo ??= new ExcelVocabulary(l).YesNoWords();
        record.Code = row["code"];
        var code = SearchText.Normalize(row["code"]);
        var receivesReminders = YesNo(record, "receivesReminders", "Excel:Contact:ReceivesReminders");
        if (_contactRows.Contains(row))
        {
            record.Input = new UnitContactImportInput
            {
                UnitCode = row["code"]!, Name = row["contactName"]!, Position = row["position"], Email = row["email"],
                Phone = row["phone"], ReceivesReminders = receivesReminders ?? false,
            };
            record.ParentKey = code;
            return;
        }
        UnitKind? kind = null;
        if (row["kind"] is { } kindText)
        {
            if (_kinds.TryGetValue(ExcelCells.Fold(kindText), out var known))
            {
                kind = known;
            }
            else
            {
                record.AddCellError("kind", l["ImportRowUnknownKind", kindText].Value);
            }
        }
        var hasContact = (row["contactName"] ?? row["position"] ?? row["email"] ?? row["phone"]) is not null;
        record.Input = new UnitImportInput
        {
            Code = row["code"] ?? "", Name = row["name"] ?? "", Kind = kind, ParentCode = row["parentCode"],
            AdministrativeAreaCode = row["areaCode"], IsActive = YesNo(record, "isActive", "Excel:Unit:IsActive") ?? true,
            Contact = hasContact
                ? new CreateUnitContactDto
                {
                    Name = row["contactName"] ?? "", Position = row["position"], Email = row["email"], Phone = row["phone"],
                    ReceivesReminders = receivesReminders ?? false,
                }
                : null,
        };
        record.Key = code.Length > 0 ? code : null;
        record.ParentKey = row["parentCode"] is { } parentCode ? SearchText.Normalize(parentCode) : null;
    }

    public override string ColumnOf(IUnitImportItem input, string member) => member switch
    {
        "parentId" or "parentCode" => "parentCode",
        "administrativeAreaId" or "administrativeAreaCode" => "areaCode",
        "unitCode" => "code",
        "name" when input is UnitContactImportInput => "contactName",
        "contact.name" => "contactName",
        _ => base.ColumnOf(input, member),
    };

    public override string? ParentRefusedMessage(ExcelImportRecord<IUnitImportItem> record, ExcelImportRecord<IUnitImportItem> parent) =>
        record.Input is UnitContactImportInput ? l["ImportRowUnitRowInvalid", parent.Row.Number, parent.Code ?? ""].Value : null;

    /// <summary>
    /// An existing unit of the caller's scope wins over the file's row of that code (which is refused as a
    /// repeat): a file may add children to units imported before.
    /// </summary>
    public override async Task PrepareAsync(IReadOnlyList<ExcelImportRecord<IUnitImportItem>> records, CancellationToken cancellationToken)
    {
        var children = records.Where(r => r.Input is UnitImportInput && r.ParentKey is not null).ToList();
        if (children.Count == 0)
        {
            return;
        }
        var existing = await (await units.GetQueryableAsync()).AsNoTracking().Where(u => u.NormalizedCode != null)
            .Select(u => new { u.Id, u.NormalizedCode }).ToDictionaryAsync(u => u.NormalizedCode!, u => u.Id, cancellationToken);
        var visible = await unitScope.GetVisibleUnitIdsAsync();
        foreach (var record in children)
        {
            if (existing.TryGetValue(record.ParentKey!, out var parentId) && (visible is null || visible.Contains(parentId)))
            {
                record.ParentKey = null;
            }
        }
    }

    public override async Task<ExcelImportRowStatus> WriteAsync(IUnitImportItem item, CancellationToken cancellationToken)
    {
        if (item is UnitContactImportInput contact)
        {
            var unitId = await FindVisibleUnitAsync(contact.UnitCode, cancellationToken)
                         ?? throw new EntityNotFoundException(typeof(Unit), contact.UnitCode);
            await unitAppService.AddContactAsync(unitId, contact);
            return ExcelImportRowStatus.Imported;
        }
        var input = (UnitImportInput)item;
        input.ParentId = input.ParentCode is { } parentCode
            ? await FindVisibleUnitAsync(parentCode, cancellationToken)
              ?? throw new BusinessException(message: l["ImportRowUnknownParent", parentCode])
            : null;
        input.AdministrativeAreaId = input.AdministrativeAreaCode is { } areaCode
            ? await FindAreaAsync(areaCode, cancellationToken) ?? throw new BusinessException(message: l["ImportRowUnknownArea", areaCode])
            : null;
        var unit = await unitAppService.CreateAsync(input);
        if (input.Contact is { } own)
        {
            await unitAppService.AddContactAsync(unit.Id, own);
        }
        return ExcelImportRowStatus.Imported;
    }

    /// <summary>A later row of the same code: its unit columns are empty or say what the declaring row says.</summary>
    private static bool RepeatsUnitOf(ExcelRow row, ExcelRow first) =>
        new[] { "name", "kind", "parentCode", "areaCode", "isActive" }
            .All(field => row[field] is null || ExcelCells.Fold(row[field]) == ExcelCells.Fold(first[field]));

    private bool? YesNo(ExcelImportRecord<IUnitImportItem> record, string field, string headerKey)
    {
        if (!_yesNo!.TryParse(record.Row[field], out var value))
        {
            record.AddCellError(field, l["ImportRowInvalidYesNo", l[headerKey].Value, record.Row[field]!].Value);
        }
        return value;
    }

    /// <summary>A unit of the tenant by code, if the caller's scope reaches it.</summary>
    private async Task<Guid?> FindVisibleUnitAsync(string code, CancellationToken cancellationToken)
    {
        var normalized = SearchText.Normalize(code);
        var id = await (await units.GetQueryableAsync()).AsNoTracking().Where(u => u.NormalizedCode == normalized)
            .Select(u => (Guid?)u.Id).FirstOrDefaultAsync(cancellationToken);
        var visible = await unitScope.GetVisibleUnitIdsAsync();
        return id is { } found && (visible is null || visible.Contains(found)) ? found : null;
    }

    private async Task<Guid?> FindAreaAsync(string code, CancellationToken cancellationToken)
    {
        var normalized = SearchText.Normalize(code);
        return await (await areas.GetQueryableAsync()).AsNoTracking().Where(a => a.NormalizedCode == normalized)
            .Select(a => (Guid?)a.Id).FirstOrDefaultAsync(cancellationToken);
    }
}
