using Humanitarian.Organization.Documents;
using Humanitarian.Organization.Entities;

namespace Humanitarian.Organization.Tests.Domain;

/// <summary>The document's own rules, without host or database; the number's uniqueness is DocumentManager's.</summary>
public sealed class Document_Tests
{
    private static Document NewDocument() =>
        new(Guid.NewGuid(), DocumentKind.Plan, "30/KH-BCĐ", new DateOnly(2025, 5, 2), "Ban Chỉ đạo", null);

    [Fact]
    public void Should_store_its_texts_trimmed_with_blank_ones_as_none_and_fold_them_for_search()
    {
        var document = NewDocument();

        document.Update(DocumentKind.Decision, " Kế hoạch Tháng Nhân đạo ", " ", " Nguyễn Văn An ", "");

        document.Kind.ShouldBe(DocumentKind.Decision);
        document.Title.ShouldBe("Kế hoạch Tháng Nhân đạo");
        document.Summary.ShouldBeNull();
        document.Signer.ShouldBe("Nguyễn Văn An");
        document.Note.ShouldBeNull();
        document.NormalizedText.ShouldBe("ke hoach thang nhan dao");
    }

    [Fact]
    public void Should_refuse_a_blank_issuer()
    {
        var document = NewDocument();

        Should.Throw<ArgumentException>(() => document.SetIdentity("30/KH-BCĐ", null, " ", null));
        document.Issuer.ShouldBe("Ban Chỉ đạo");
    }
}
