using System.ComponentModel.DataAnnotations;

namespace SupportBot.Bot.DirectLine.Page;

/// <summary>The "Store" section: the shop's name and colour on the customer page.</summary>
public sealed class StoreOptions
{
    public const string SectionName = "Store";

    [Required(AllowEmptyStrings = false)]
    [StringLength(80)]
    public string Name { get; set; } = string.Empty;

    /// <summary>The page's accent colour as #rrggbb.</summary>
    [Required]
    [RegularExpression("^#[0-9A-Fa-f]{6}$")]
    public string PrimaryColor { get; set; } = string.Empty;
}
